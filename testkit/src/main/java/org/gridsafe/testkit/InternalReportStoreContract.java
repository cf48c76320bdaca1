package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.gridsafe.casework.CaseId;
import org.gridsafe.port.InternalReportStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.InternalReport;
import org.gridsafe.selfcheck.InternalReportState;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InternalReportStore} must do; an adapter makes a fresh, empty store in {@link #newStore()}. */
public abstract class InternalReportStoreContract {

    protected InternalReportStore store;

    /** A fresh, empty store for one test. */
    protected abstract InternalReportStore newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    static InternalReport submitted(String id, String entity, Instant at) {
        return new InternalReport(
                id,
                EntityId.of(entity),
                "金桥纺织有限公司",
                SampleDistrict.JINQIAO_MICRO_1,
                Optional.of(entity),
                Optional.of(new InternalReport.Reporter("cz-7", "员工甲", Optional.of("13800000000"))),
                "二号车间消防通道被成品纸箱堵住",
                "二号车间东侧",
                at,
                InternalReportState.SUBMITTED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1);
    }

    @Test
    void aReportIsKeptWithItsReporterAndEveryChangeIsGuardedByItsVersion() {
        Instant at = Instant.parse("2026-11-10T02:00:00Z");
        InternalReport first = submitted("IR-1", "PU-1", at);
        store.save(first);
        assertThat(store.find("IR-1")).contains(first);
        assertThatThrownBy(() -> store.save(first)).isInstanceOf(SelfCheckVersionConflictException.class);

        InternalReport founded = first.next(
                InternalReportState.FOUNDED,
                Optional.of(new InternalReport.Verification(true, "现场核实属实", "cc-jinqiao", at.plusSeconds(60))),
                Optional.of(CaseId.of("YH20261110-000001")),
                Optional.empty());
        store.save(founded);
        InternalReport rewarded = founded.next(
                founded.state(),
                founded.verification(),
                founded.caseId(),
                Optional.of(new InternalReport.Reward(
                        new BigDecimal("500.00"), "企业内部报告奖励制度第五条", "cc-jinqiao", at.plusSeconds(120))));
        store.save(rewarded);
        assertThatThrownBy(() -> store.save(founded)).isInstanceOf(SelfCheckVersionConflictException.class);
        InternalReport read = store.find("IR-1").orElseThrow();
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.reporter()).isEqualTo(first.reporter());
        assertThat(read.reward().orElseThrow().amountYuan()).isEqualByComparingTo("500");
        assertThat(read.caseId()).contains(CaseId.of("YH20261110-000001"));

        store.save(submitted("IR-2", "PU-1", at.minusSeconds(10)));
        store.save(submitted("IR-3", "PU-2", at));
        assertThat(store.byEntity(EntityId.of("PU-1")))
                .extracting(InternalReport::id)
                .containsExactly("IR-2", "IR-1");
        assertThat(store.find("IR-9")).isEmpty();
    }
}
