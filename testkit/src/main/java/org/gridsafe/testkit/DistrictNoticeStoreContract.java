package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridsafe.grid.GridCode;
import org.gridsafe.notice.DistrictNotice;
import org.gridsafe.notice.NoticeFacts;
import org.gridsafe.notice.NoticeKind;
import org.gridsafe.notice.NoticeTemplates;
import org.gridsafe.port.DistrictNoticeStore;
import org.junit.jupiter.api.Test;

/** What every {@link DistrictNoticeStore} does: one notice per key, kept as raised until delivered. */
public abstract class DistrictNoticeStoreContract {

    /** A new, empty store. */
    protected abstract DistrictNoticeStore store();

    static final Instant RAISED = Instant.parse("2026-11-01T00:05:00.123Z");

    static DistrictNotice notice(NoticeKind kind, GridCode scope, String period, LocalDate day, Instant raisedAt) {
        NoticeFacts facts = new NoticeFacts(
                kind,
                scope,
                "金桥街道",
                period,
                day,
                Instant.parse("2026-12-31T16:00:00Z"),
                SampleDistrict.ZONE,
                Optional.of("王主任"));
        return DistrictNotice.of(facts, Optional.of("cc-lead-1"), raisedAt, NoticeTemplates.standard());
    }

    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void a_raised_notice_reads_back_as_raised_and_waits_for_delivery() {
        DistrictNoticeStore store = store();
        DistrictNotice n = notice(NoticeKind.CALENDAR_COVERAGE_ENDING, SampleDistrict.DISTRICT, "2026", DAY, RAISED);
        DistrictNotice bare = new DistrictNotice(
                DistrictNotice.keyOf(
                        NoticeKind.MAJOR_HAZARD_RETURN_OVERDUE, SampleDistrict.JINQIAO_STREET, "2026-Q3", DAY),
                NoticeKind.MAJOR_HAZARD_RETURN_OVERDUE,
                SampleDistrict.JINQIAO_STREET,
                Optional.empty(),
                Optional.empty(),
                "2026-Q3",
                DAY,
                Instant.parse("2026-10-15T16:00:00Z"),
                SampleDistrict.ZONE,
                RAISED.plusSeconds(1),
                "逾期",
                "overdue");
        assertThat(store.raise(n)).isTrue();
        assertThat(store.raise(bare)).isTrue();

        assertThat(store.undelivered(10)).containsExactly(n, bare);
        assertThat(store.undelivered(1)).containsExactly(n);
        assertThat(store.list(List.of(SampleDistrict.DISTRICT, SampleDistrict.JINQIAO_STREET), 10))
                .as("latest first")
                .containsExactly(bare, n);
        assertThat(store.list(List.of(SampleDistrict.JINQIAO_STREET), 10)).containsExactly(bare);
        assertThat(store.list(List.of(SampleDistrict.SHIHU_STREET), 10)).isEmpty();
        assertThat(store.list(List.of(), 10)).isEmpty();
    }

    @Test
    void a_second_notice_with_the_key_is_refused_and_the_first_kept() {
        DistrictNoticeStore store = store();
        DistrictNotice first =
                notice(NoticeKind.CALENDAR_COVERAGE_ENDING, SampleDistrict.DISTRICT, "2026", DAY, RAISED);
        assertThat(store.raise(first)).isTrue();
        assertThat(store.raise(notice(
                        NoticeKind.CALENDAR_COVERAGE_ENDING,
                        SampleDistrict.DISTRICT,
                        "2026",
                        DAY,
                        RAISED.plusSeconds(60))))
                .isFalse();
        assertThat(store.list(List.of(SampleDistrict.DISTRICT), 10)).containsExactly(first);
        assertThat(store.raise(notice(
                        NoticeKind.CALENDAR_COVERAGE_ENDING,
                        SampleDistrict.DISTRICT,
                        "2026",
                        DAY.plusDays(1),
                        RAISED.plusSeconds(86_400))))
                .as("the next day's is another notice")
                .isTrue();
    }

    @Test
    void a_delivered_notice_no_longer_waits_but_is_still_listed() {
        DistrictNoticeStore store = store();
        DistrictNotice a = notice(NoticeKind.CALENDAR_COVERAGE_ENDING, SampleDistrict.DISTRICT, "2026", DAY, RAISED);
        DistrictNotice b = notice(
                NoticeKind.CALENDAR_COVERAGE_ENDING,
                SampleDistrict.DISTRICT,
                "2026",
                DAY.plusDays(1),
                RAISED.plusSeconds(9));
        store.raise(a);
        store.raise(b);
        store.markDelivered(a.key(), RAISED.plusSeconds(3));
        store.markDelivered(a.key(), RAISED.plusSeconds(4));
        store.markDelivered("CALENDAR_COVERAGE_ENDING/320599/2026/1999-01-01", RAISED);
        assertThat(store.undelivered(10)).containsExactly(b);
        assertThat(store.list(List.of(SampleDistrict.DISTRICT), 10)).containsExactly(b, a);
        store.markDelivered(b.key(), RAISED.plusSeconds(10));
        assertThat(store.undelivered(10)).isEmpty();
    }

    @Test
    void of_racing_raises_of_one_key_exactly_one_wins() throws Exception {
        DistrictNoticeStore store = store();
        int racers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Boolean> won = new ArrayList<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int n = i;
                Callable<Boolean> call = () -> {
                    go.await();
                    return store.raise(notice(
                            NoticeKind.MAJOR_HAZARD_RETURN_OVERDUE,
                            SampleDistrict.JINQIAO_STREET,
                            "2026-Q3",
                            DAY,
                            RAISED.plusSeconds(n)));
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            for (Future<Boolean> r : results) {
                won.add(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).filteredOn(w -> w).hasSize(1);
        assertThat(store.undelivered(10)).hasSize(1);
    }
}
