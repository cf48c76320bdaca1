package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Notification;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.notice.DistrictNotice;
import org.gridsafe.notice.NoticeSweep;
import org.gridsafe.port.Notifier;
import org.junit.jupiter.api.Test;

/**
 * District notices over the JDBC adapter: the sweep keeps each day's notice once across runs and
 * restarts, and a notice the notifier refused waits in the database until a later sweep (on a
 * restarted server) delivers it.
 */
abstract class DistrictNoticesOnJdbcTest {

    abstract DataSource database();

    /** Records what reached it; fails while {@link #failing} is set. */
    static final class Recording implements Notifier {
        final List<String> keys = new ArrayList<>();
        boolean failing;

        @Override
        public void deliver(Notification notification) {}

        @Override
        public synchronized void deliverNotice(DistrictNotice notice) {
            if (failing) {
                throw new IllegalStateException("gateway down");
            }
            keys.add(notice.key());
        }
    }

    static GridSafe wired(JdbcGridSafeStorage storage, Notifier notifier) {
        return GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .majorHazardReturnStore(storage.majorHazardReturns())
                .districtNotices(storage.districtNotices(), notifier)
                .idGenerator(storage.idGenerator(ZONE))
                .build();
    }

    static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void each_days_notice_is_kept_once_across_restarts_and_delivered_at_least_once() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        WorkCalendar upTo2026 = WorkCalendar.builder()
                .zone(ZONE)
                .covers(Year.of(2026), Year.of(2026))
                .build();
        storage.directory().replace(grids(), dutyMatrix(), TimeLimits.defaults(), upTo2026);

        Recording down = new Recording();
        down.failing = true;
        NoticeSweep first = wired(storage, down).districtNotices().sweep(at(11, 1, 9));
        // The calendar warning, and every return of the district and its two streets due in the last year.
        assertThat(first.raised())
                .extracting(DistrictNotice::key)
                .contains("CALENDAR_COVERAGE_ENDING/320599/2026/2026-11-01")
                .contains("MAJOR_HAZARD_RETURN_OVERDUE/320599001/2026-Q3/2026-11-01");
        assertThat(first.delivered()).isZero();
        assertThat(first.undelivered()).isEqualTo(first.raised().size());

        // A restart: a new storage on the same database, the notifier back up.
        JdbcGridSafeStorage restarted = JdbcGridSafeStorage.create(ds).migrate();
        Recording up = new Recording();
        GridSafe again = wired(restarted, up);
        NoticeSweep second = again.districtNotices().sweep(at(11, 1, 15));
        assertThat(second.raised()).as("the same day").isEmpty();
        assertThat(second.delivered()).isEqualTo(first.raised().size());
        assertThat(up.keys)
                .containsExactlyInAnyOrderElementsOf(
                        first.raised().stream().map(DistrictNotice::key).toList());
        assertThat(again.districtNotices().sweep(at(11, 1, 23)).delivered()).isZero();

        // Both servers sweep the next day: each notice is kept once.
        NoticeSweep a = wired(storage, up).districtNotices().sweep(at(11, 2, 9));
        NoticeSweep b = again.districtNotices().sweep(at(11, 2, 9));
        assertThat(a.raised()).hasSameSizeAs(first.raised());
        assertThat(b.raised()).isEmpty();

        List<DistrictNotice> listed = again.districtNotices().list(districtCommandCenter(), DISTRICT);
        assertThat(listed).hasSize(2 * first.raised().size());
        DistrictNotice latest = listed.get(0);
        assertThat(latest.day()).hasToString("2026-11-02");
        assertThat(latest.zone()).isEqualTo(ZONE);
        assertThat(again.districtNotices().list(jinqiaoCommandCenter(), JINQIAO_STREET))
                .allSatisfy(n -> assertThat(n.scope()).isEqualTo(JINQIAO_STREET))
                .isNotEmpty();
    }
}
