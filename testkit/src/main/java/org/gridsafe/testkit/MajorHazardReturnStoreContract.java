package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.stats.MajorHazardCounts;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;
import org.junit.jupiter.api.Test;

/** What every {@link MajorHazardReturnStore} does: one return per scope and period, kept as filed. */
public abstract class MajorHazardReturnStoreContract {

    /** A new, empty store. */
    protected abstract MajorHazardReturnStore store();

    static final ReturnPeriod Q1 = ReturnPeriod.quarter(2026, 1);
    static final ReturnPeriod Q2 = ReturnPeriod.quarter(2026, 2);
    static final Instant FILED = Instant.parse("2026-07-10T02:00:00.123Z");

    static MajorHazardReturn filed(GridCode scope, ReturnPeriod period, String signer, Optional<String> note) {
        MajorHazardFigures figures = new MajorHazardFigures(Map.of(
                SafetyDomain.FIRE, new MajorHazardCounts(3, 2, 1, 1, 3, 1),
                SafetyDomain.PRODUCTION, new MajorHazardCounts(1, 0, 4, 2, 0, 0)));
        return new MajorHazardReturn(scope, period, figures, FILED, signer, note, "cc-district", FILED, true);
    }

    @Test
    void a_filed_return_reads_back_as_filed() {
        MajorHazardReturnStore store = store();
        MajorHazardReturn q2 = filed(SampleDistrict.DISTRICT, Q2, "王主任", Optional.of("按期报送，附说明"));
        MajorHazardReturn late = new MajorHazardReturn(
                SampleDistrict.JINQIAO_STREET,
                ReturnPeriod.year(2026),
                MajorHazardFigures.NONE,
                FILED,
                "李主任",
                Optional.empty(),
                "cc-jinqiao",
                FILED.plusSeconds(60),
                false);

        assertThat(store.file(q2)).isTrue();
        assertThat(store.file(late)).isTrue();

        assertThat(store.find(SampleDistrict.DISTRICT, Q2)).contains(q2);
        assertThat(store.find(SampleDistrict.JINQIAO_STREET, ReturnPeriod.year(2026)))
                .contains(late);
        assertThat(store.find(SampleDistrict.DISTRICT, Q1)).isEmpty();
        assertThat(store.find(SampleDistrict.JINQIAO_STREET, Q2))
                .as("another scope")
                .isEmpty();
    }

    @Test
    void a_second_filing_for_the_period_and_scope_is_refused_and_the_first_kept() {
        MajorHazardReturnStore store = store();
        MajorHazardReturn first = filed(SampleDistrict.DISTRICT, Q2, "王主任", Optional.empty());
        assertThat(store.file(first)).isTrue();
        assertThat(store.file(filed(SampleDistrict.DISTRICT, Q2, "赵副主任", Optional.of("重报"))))
                .isFalse();
        assertThat(store.find(SampleDistrict.DISTRICT, Q2)).contains(first);
    }

    @Test
    void a_scopes_returns_list_earliest_period_first() {
        MajorHazardReturnStore store = store();
        store.file(filed(SampleDistrict.DISTRICT, ReturnPeriod.year(2026), "王主任", Optional.empty()));
        store.file(filed(SampleDistrict.DISTRICT, Q2, "王主任", Optional.empty()));
        store.file(filed(SampleDistrict.DISTRICT, Q1, "王主任", Optional.empty()));
        store.file(filed(SampleDistrict.SHIHU_STREET, Q1, "陈主任", Optional.empty()));

        assertThat(store.filed(SampleDistrict.DISTRICT))
                .extracting(r -> r.period().toString())
                .containsExactly("2026-Q1", "2026-Q2", "2026");
        assertThat(store.filed(SampleDistrict.JINQIAO_STREET)).isEmpty();
    }

    @Test
    void of_racing_filings_exactly_one_is_stored() throws Exception {
        MajorHazardReturnStore store = store();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<Boolean>> filings = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                MajorHazardReturn r = filed(SampleDistrict.DISTRICT, Q2, "主任" + i, Optional.empty());
                filings.add(() -> {
                    start.await();
                    return store.file(r);
                });
            }
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> c : filings) {
                results.add(pool.submit(c));
            }
            start.countDown();
            List<Integer> won = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                if (results.get(i).get()) {
                    won.add(i);
                }
            }
            assertThat(won).hasSize(1);
            assertThat(store.find(SampleDistrict.DISTRICT, Q2).orElseThrow().signer())
                    .isEqualTo("主任" + won.get(0));
        } finally {
            pool.shutdownNow();
        }
    }
}
