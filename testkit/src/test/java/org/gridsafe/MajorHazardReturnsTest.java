package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.ApplyForResumption;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.DowngradeMajorHazard;
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.ProductionStopScope;
import org.gridsafe.casework.ReviewResumption;
import org.gridsafe.casework.StopProduction;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.ReturnStatus;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.stats.MajorHazardCounts;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;
import org.gridsafe.stats.MajorHazardReturnStatus;
import org.gridsafe.stats.ReturnAlreadyFiledException;
import org.junit.jupiter.api.Test;

/**
 * The major-hazard statistical returns over a hand-counted second quarter of 2026: figures,
 * filing, due days and who may read and file them.
 */
class MajorHazardReturnsTest {

    static final ReturnPeriod Q1 = ReturnPeriod.quarter(2026, 1);
    static final ReturnPeriod Q2 = ReturnPeriod.quarter(2026, 2);

    final CaseworkFixture f = new CaseworkFixture();
    final MajorHazardReturns returns = f.gridSafe.majorHazardReturns();

    /**
     * In Jinqiao in Q2: A verified (written off) and closed, B stopped, resumed and written off by
     * the review, C still being rectified past its plan's date (2026-05-15); D major but never
     * registered, E general, F major but downgraded, none of them counted.
     */
    Case handCountedQuarter() {
        f.setTime(LocalDateTime.of(2026, 4, 7, 9, 0));
        Case a = f.dispatched(HazardGrade.MAJOR);
        Case b = f.dispatched(HazardGrade.MAJOR);
        Case c = f.dispatched(HazardGrade.MAJOR);
        f.reported(HazardGrade.MAJOR);
        f.dispatched(HazardGrade.GENERAL);
        Case downgraded = f.registered(HazardGrade.MAJOR);
        f.casework.downgradeMajorHazard(
                jinqiaoCommandCenter(),
                DowngradeMajorHazard.of(downgraded.id())
                        .expectedVersion(downgraded.version())
                        .reason("经核实不构成重大事故隐患")
                        .build());

        f.setTime(LocalDateTime.of(2026, 4, 20, 10, 0));
        a = f.casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(a.id())
                        .expectedVersion(a.version())
                        .evidence("已整改")
                        .build());
        a = f.casework.verify(
                fireOfficer(),
                Verify.of(a.id())
                        .expectedVersion(a.version())
                        .passed(true)
                        .remarks("通过")
                        .build());
        a = f.reportsFiled(a);
        f.casework.close(
                jinqiaoCommandCenter(),
                Close.of(a.id()).expectedVersion(a.version()).build());

        b = f.casework.stopProduction(
                fireOfficer(),
                StopProduction.of(b.id())
                        .expectedVersion(b.version())
                        .scope(ProductionStopScope.WHOLE)
                        .evacuated(true)
                        .reason("无法保证安全")
                        .build());
        b = f.casework.applyForResumption(
                fireOfficer(),
                ApplyForResumption.of(b.id())
                        .expectedVersion(b.version())
                        .summary("已整改")
                        .build());
        f.casework.reviewResumption(
                fireOfficer(),
                ReviewResumption.of(b.id())
                        .expectedVersion(b.version())
                        .passed(true)
                        .remarks("同意恢复生产")
                        .build());
        return c;
    }

    static final MajorHazardFigures EXPECTED =
            new MajorHazardFigures(Map.of(SafetyDomain.FIRE, new MajorHazardCounts(3, 2, 1, 1, 3, 1)));

    @Test
    void the_quarters_figures_are_the_hand_count() {
        handCountedQuarter();
        f.setTime(LocalDateTime.of(2026, 7, 2, 9, 0));

        MajorHazardFigures street = returns.figures(jinqiaoCommandCenter(), JINQIAO_STREET, Q2);
        assertThat(street).isEqualTo(EXPECTED);
        assertThat(street.total()).isEqualTo(new MajorHazardCounts(3, 2, 1, 1, 3, 1));
        assertThat(returns.figures(districtCommandCenter(), DISTRICT, Q2)).isEqualTo(EXPECTED);
        assertThat(returns.figures(shihuCommandCenter(), SHIHU_STREET, Q2))
                .as("nothing in Shihu")
                .isEqualTo(MajorHazardFigures.NONE);
        assertThat(returns.figures(districtCommandCenter(), DISTRICT, Q1).total())
                .as("Q1: nothing registered yet, nothing under treatment at its end")
                .isEqualTo(MajorHazardCounts.NONE);
    }

    @Test
    void under_treatment_at_the_end_of_a_quarter_still_running_counts_up_to_now() {
        handCountedQuarter();
        f.setTime(LocalDateTime.of(2026, 5, 10, 9, 0));
        MajorHazardCounts soFar =
                returns.figures(districtCommandCenter(), DISTRICT, Q2).total();
        assertThat(soFar.underTreatment()).isEqualTo(1);
        assertThat(soFar.pastPlanDue()).as("its plan is due on 2026-05-15").isZero();
    }

    @Test
    void a_filed_return_keeps_its_figures_and_is_on_time_up_to_the_15th() {
        Case c = handCountedQuarter();
        f.setTime(LocalDateTime.of(2026, 7, 15, 23, 30));
        assertThat(returns.status(districtCommandCenter(), DISTRICT, Q2).status())
                .isEqualTo(ReturnStatus.DUE);

        MajorHazardReturn filed = returns.file(districtCommandCenter(), DISTRICT, Q2, " 王主任 ", Optional.of("按期报送"));
        assertThat(filed.onTime()).as("15日前: the 15th itself is on time").isTrue();
        assertThat(filed.signer()).isEqualTo("王主任");
        assertThat(filed.figures()).isEqualTo(EXPECTED);
        assertThat(filed.filedBy()).isEqualTo(districtCommandCenter().id());

        // The case moves on; the filed return does not.
        f.casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(f.reload(c).version())
                        .evidence("已整改")
                        .build());
        MajorHazardReturnStatus status = returns.status(districtCommandCenter(), DISTRICT, Q2);
        assertThat(status.status()).isEqualTo(ReturnStatus.FILED_ON_TIME);
        assertThat(status.filed()).contains(filed);

        assertThatThrownBy(() -> returns.file(districtCommandCenter(), DISTRICT, Q2, "王主任", Optional.empty()))
                .isInstanceOf(ReturnAlreadyFiledException.class)
                .hasMessageContaining("2026-Q2")
                .hasMessageContaining("filed already");
    }

    @Test
    void the_listing_gives_each_period_its_due_day_and_status() {
        f.setTime(LocalDateTime.of(2026, 7, 16, 0, 30));
        returns.file(jinqiaoCommandCenter(), JINQIAO_STREET, Q2, "李主任", Optional.empty());

        List<MajorHazardReturnStatus> year = returns.periods(jinqiaoCommandCenter(), JINQIAO_STREET, Year.of(2026));
        assertThat(year)
                .extracting(r -> r.period().toString(), r -> r.dueDate().toString(), MajorHazardReturnStatus::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-Q1", "2026-04-15", ReturnStatus.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("2026-Q2", "2026-07-15", ReturnStatus.FILED_LATE),
                        org.assertj.core.groups.Tuple.tuple("2026-Q3", "2026-10-15", ReturnStatus.NOT_DUE_YET),
                        org.assertj.core.groups.Tuple.tuple("2026-Q4", "2027-01-15", ReturnStatus.NOT_DUE_YET),
                        org.assertj.core.groups.Tuple.tuple("2026", "2027-01-31", ReturnStatus.NOT_DUE_YET));
        assertThat(returns.periods(districtCommandCenter(), DISTRICT, Year.of(2026))
                        .get(1)
                        .status())
                .as("the street's filing is not the district's")
                .isEqualTo(ReturnStatus.OVERDUE);
    }

    @Test
    void only_command_centers_of_the_scope_read_and_file_and_each_refusal_names_its_rule() {
        f.setTime(LocalDateTime.of(2026, 7, 2, 9, 0));
        assertThatThrownBy(() -> returns.file(shihuCommandCenter(), JINQIAO_STREET, Q2, "李主任", Optional.empty()))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.rejection().rule()).contains("major-hazard-returns-within-home-grid"));
        assertThatThrownBy(() -> returns.figures(jinqiaoCommandCenter(), DISTRICT, Q2))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.rejection().rule()).contains("major-hazard-returns-within-home-grid"));
        for (Actor other : List.of(jinqiaoGridManager(), fireOfficer(), enterprise())) {
            assertThatThrownBy(() -> returns.periods(other, JINQIAO_STREET, Year.of(2026)))
                    .as("%s", other)
                    .isInstanceOfSatisfying(
                            AccessDeniedException.class,
                            e -> assertThat(e.rejection().rule()).contains("major-hazard-returns-command-center"));
        }
        assertThat(returns.figures(jinqiaoCommandCenter(), JINQIAO_COMMUNITY, Q2))
                .as("a street reads below it")
                .isEqualTo(MajorHazardFigures.NONE);
    }

    @Test
    void bad_filings_are_refused_field_by_field_and_write_nothing() {
        f.setTime(LocalDateTime.of(2026, 7, 2, 9, 0));
        assertThatThrownBy(() -> returns.file(
                        jinqiaoCommandCenter(),
                        JINQIAO_COMMUNITY,
                        ReturnPeriod.quarter(2026, 3),
                        " ",
                        Optional.of("长".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("scope", "period", "signer", "note"));
        assertThatThrownBy(() -> returns.file(
                        districtCommandCenter(),
                        org.gridsafe.grid.GridCode.parse("320599009"),
                        Q2,
                        "王主任",
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("scope"));
        assertThat(returns.status(jinqiaoCommandCenter(), JINQIAO_STREET, Q2).filed())
                .isEmpty();
    }

    @Test
    void of_concurrent_filings_exactly_one_is_stored() throws Exception {
        f.setTime(LocalDateTime.of(2026, 7, 2, 9, 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> filings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String signer = "主任" + i;
                filings.add(() -> {
                    try {
                        returns.file(districtCommandCenter(), DISTRICT, Q2, signer, Optional.empty());
                        return true;
                    } catch (ReturnAlreadyFiledException lost) {
                        return false;
                    }
                });
            }
            long won = 0;
            for (Future<Boolean> r : pool.invokeAll(filings)) {
                won += r.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
