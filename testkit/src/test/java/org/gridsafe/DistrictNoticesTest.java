package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.Notification;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridCode;
import org.gridsafe.memory.InMemoryDistrictNotices;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.memory.InMemoryMajorHazardReturns;
import org.gridsafe.notice.DistrictNotice;
import org.gridsafe.notice.NoticeKind;
import org.gridsafe.notice.NoticeSweep;
import org.gridsafe.port.Notifier;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * District notices: the calendar's coverage ending and overdue major-hazard returns reach the
 * command center once per day, through the notifier, whatever the sweeps' rhythm.
 */
class DistrictNoticesTest {

    /** Records what reached it; fails while {@link #failing} is set. */
    static final class RecordingNotifier implements Notifier {
        final List<DistrictNotice> notices = new ArrayList<>();
        final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public void deliver(Notification notification) {}

        @Override
        public void deliverNotice(DistrictNotice notice) {
            if (failing.get()) {
                throw new IllegalStateException("the SMS gateway is down");
            }
            notices.add(notice);
        }
    }

    static WorkCalendar coveringUpTo(int last) {
        return WorkCalendar.builder()
                .zone(ZONE)
                .covers(Year.of(2026), Year.of(last))
                .build();
    }

    /** A district whose returns are all filed except those listed as {@code unfiled}. */
    static final class Fixture {
        final InMemoryGridDirectory directory =
                new InMemoryGridDirectory(grids(), dutyMatrix(), TimeLimits.defaults(), coveringUpTo(2026));
        final InMemoryMajorHazardReturns returns = new InMemoryMajorHazardReturns();
        final InMemoryDistrictNotices store = new InMemoryDistrictNotices();
        final RecordingNotifier notifier = new RecordingNotifier();
        final GridSafe gridSafe = GridSafe.builder()
                .directory(directory)
                .majorHazardReturnStore(returns)
                .districtNotices(store, notifier)
                .build();

        Fixture(Set<String> unfiled) {
            for (GridCode scope : List.of(DISTRICT, JINQIAO_STREET, SHIHU_STREET)) {
                for (int y = 2024; y <= 2026; y++) {
                    for (int q = 1; q <= 4; q++) {
                        file(scope, ReturnPeriod.quarter(y, q), unfiled);
                    }
                    file(scope, ReturnPeriod.year(y), unfiled);
                }
            }
        }

        private void file(GridCode scope, ReturnPeriod period, Set<String> unfiled) {
            if (unfiled.contains(scope.value() + " " + period)) {
                return;
            }
            Instant at = period.end(ZONE).toInstant();
            returns.file(new MajorHazardReturn(
                    scope, period, MajorHazardFigures.NONE, at, "王主任", Optional.empty(), "cc", at, true));
        }

        DistrictNotices notices() {
            return gridSafe.districtNotices();
        }

        void loadCalendarUpTo(int last) {
            directory.replace(directory.grids(), directory.dutyMatrix(), directory.timeLimits(), coveringUpTo(last));
        }
    }

    static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void from_1_november_the_district_command_center_is_warned_once_a_day_until_next_year_is_loaded() {
        Fixture f = new Fixture(Set.of());
        assertThat(f.notices().sweep(at(2026, 10, 31, 23)).raised())
                .as("October")
                .isEmpty();

        NoticeSweep first = f.notices().sweep(at(2026, 11, 1, 0));
        assertThat(first.raised()).hasSize(1);
        DistrictNotice n = first.raised().get(0);
        assertThat(n.kind()).isEqualTo(NoticeKind.CALENDAR_COVERAGE_ENDING);
        assertThat(n.scope()).isEqualTo(DISTRICT);
        assertThat(n.key()).isEqualTo("CALENDAR_COVERAGE_ENDING/320599/2026/2026-11-01");
        assertThat(n.recipientId()).contains(holderId(org.gridsafe.grid.ResponsibleRole.SPECIFIC, "d"));
        assertThat(n.dueAt()).isEqualTo(at(2027, 1, 1, 0));
        assertThat(n.zone()).isEqualTo(ZONE);
        assertThat(n.message())
                .contains("示范区")
                .contains("2026 年")
                .contains("2027-01-01 00:00")
                .contains("2027");
        assertThat(n.messageEn()).contains("2027-01-01 00:00 (Asia/Shanghai)").contains("notice for 2027");
        assertThat(first.delivered()).isEqualTo(1);
        assertThat(f.notifier.notices).containsExactly(n);

        NoticeSweep again = f.notices().sweep(at(2026, 11, 1, 18));
        assertThat(again.raised()).as("the same day").isEmpty();
        assertThat(again.delivered()).isZero();
        assertThat(f.notifier.notices).hasSize(1);

        assertThat(f.notices().sweep(at(2026, 11, 2, 8)).raised())
                .extracting(DistrictNotice::key)
                .containsExactly("CALENDAR_COVERAGE_ENDING/320599/2026/2026-11-02");

        f.loadCalendarUpTo(2027);
        assertThat(f.notices().sweep(at(2026, 11, 3, 8)).raised())
                .as("next year's notice loaded")
                .isEmpty();
        assertThat(f.notices().list(districtCommandCenter(), DISTRICT))
                .extracting(DistrictNotice::day)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1));
    }

    /** day, last covered year, warned? */
    @ParameterizedTest(name = "{0} with holidays up to {1}: warned {2}")
    @CsvSource({
        "2026-10-31, 2026, false",
        "2026-11-01, 2026, true",
        "2026-12-31, 2026, true",
        "2027-01-01, 2026, true",
        "2027-03-15, 2026, true",
        "2026-11-01, 2027, false",
        "2026-12-31, 2027, false",
        "2027-10-31, 2027, false",
        "2027-11-01, 2027, true",
    })
    void the_calendar_warning_starts_on_1_november_and_a_loaded_next_year_stops_it(
            LocalDate day, int last, boolean warned) {
        Fixture f = new Fixture(Set.of());
        f.loadCalendarUpTo(last);
        List<DistrictNotice> raised = f
                .notices()
                .sweep(day.atTime(9, 0).atZone(ZONE).toInstant())
                .raised()
                .stream()
                .filter(n -> n.kind() == NoticeKind.CALENDAR_COVERAGE_ENDING)
                .toList();
        assertThat(raised).hasSize(warned ? 1 : 0);
    }

    @Test
    void an_overdue_return_reaches_its_scopes_command_center_each_day_until_filed() {
        Fixture f = new Fixture(Set.of("320599001 2026-Q2", "320599 2026-Q2"));
        assertThat(f.notices().sweep(at(2026, 7, 15, 20)).raised())
                .as("due day")
                .isEmpty();

        NoticeSweep overdue = f.notices().sweep(at(2026, 7, 16, 0));
        assertThat(overdue.raised())
                .extracting(DistrictNotice::key)
                .containsExactlyInAnyOrder(
                        "MAJOR_HAZARD_RETURN_OVERDUE/320599/2026-Q2/2026-07-16",
                        "MAJOR_HAZARD_RETURN_OVERDUE/320599001/2026-Q2/2026-07-16");
        DistrictNotice street = overdue.raised().stream()
                .filter(n -> n.scope().equals(JINQIAO_STREET))
                .findFirst()
                .orElseThrow();
        assertThat(street.recipientId()).contains(holderId(org.gridsafe.grid.ResponsibleRole.SPECIFIC, "s1"));
        assertThat(street.recipientName()).contains("金桥街道具体责任人");
        assertThat(street.dueAt()).isEqualTo(at(2026, 7, 16, 0));
        assertThat(street.message()).isEqualTo("金桥街道：2026-Q2 重大事故隐患统计逾期未报（应于 2026-07-16 00:00 前报送），请尽快报送");
        assertThat(street.messageEn()).contains("2026-Q2 is overdue").contains("Asia/Shanghai");

        // Jinqiao files; the district does not.
        Instant filed = at(2026, 7, 16, 10);
        f.returns.file(new MajorHazardReturn(
                JINQIAO_STREET,
                ReturnPeriod.quarter(2026, 2),
                MajorHazardFigures.NONE,
                filed,
                "李主任",
                Optional.empty(),
                "cc-jinqiao",
                filed,
                false));
        assertThat(f.notices().sweep(at(2026, 7, 17, 0)).raised())
                .extracting(DistrictNotice::key)
                .containsExactly("MAJOR_HAZARD_RETURN_OVERDUE/320599/2026-Q2/2026-07-17");
        assertThat(f.notices().sweep(at(2027, 7, 18, 0)).raised())
                .as("more than a year after its due day it is no longer reminded")
                .noneMatch(n -> n.period().equals("2026-Q2"));
    }

    @Test
    void a_notice_the_notifier_refused_is_delivered_by_a_later_sweep() {
        Fixture f = new Fixture(Set.of());
        f.notifier.failing.set(true);
        NoticeSweep failed = f.notices().sweep(at(2026, 11, 1, 9));
        assertThat(failed.raised()).hasSize(1);
        assertThat(failed.delivered()).isZero();
        assertThat(failed.undelivered()).isEqualTo(1);
        f.notifier.failing.set(false);
        NoticeSweep later = f.notices().sweep(at(2026, 11, 1, 10));
        assertThat(later.raised()).isEmpty();
        assertThat(later.delivered()).isEqualTo(1);
        assertThat(f.notifier.notices)
                .extracting(DistrictNotice::key)
                .containsExactly(failed.raised().get(0).key());
    }

    @Test
    void notices_are_read_by_command_centers_of_their_subtree_and_district_administrators_only() {
        Fixture f = new Fixture(Set.of("320599001 2026-Q2", "320599002 2026-Q2"));
        f.notices().sweep(at(2026, 7, 16, 9));
        assertThat(f.notices().list(jinqiaoCommandCenter(), JINQIAO_STREET))
                .extracting(DistrictNotice::scope)
                .containsExactly(JINQIAO_STREET);
        assertThat(f.notices().list(districtCommandCenter(), DISTRICT)).hasSize(2);
        assertThat(f.notices().list(districtAdministrator(), DISTRICT)).hasSize(2);
        assertThatThrownBy(() -> f.notices().list(jinqiaoCommandCenter(), DISTRICT))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.rejection().rule()).contains("notices-within-home-grid"));
        for (Actor other : List.of(jinqiaoGridManager(), fireOfficer(), enterprise(), citizen(), Actor.SYSTEM)) {
            assertThatThrownBy(() -> f.notices().list(other, JINQIAO_STREET))
                    .as("%s", other)
                    .isInstanceOfSatisfying(
                            AccessDeniedException.class,
                            e -> assertThat(e.rejection().rule()).contains("notices-command-center-or-administrator"));
        }
        assertThatThrownBy(() -> f.notices().list(districtCommandCenter(), GridCode.parse("320599009")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("scope");
    }

    /** A sweep run: its district time, and whether next year's calendar was loaded just before it. */
    record Run(Instant at, boolean loadBefore) {}

    static Gen<List<Run>> runs() {
        Instant start = at(2026, 10, 10, 0);
        Gen<Run> run = SourceDSL.longs()
                .between(0, 90L * 24)
                .zip(
                        SourceDSL.integers().between(0, 19),
                        (hours, load) -> new Run(start.plusSeconds(hours * 3600), load == 0));
        return SourceDSL.lists().of(run).ofSizeBetween(1, 40);
    }

    /**
     * Whatever the sweeps' times (several a day, days skipped, a failing notifier on some), every
     * notice the naive model predicts reaches the notifier exactly once after a final sweep, and
     * nothing else does: the calendar warning for each swept day from 1 November until the calendar
     * is loaded, the unfiled street return for each swept day after its due day.
     */
    @Test
    void sweeps_deliver_each_days_notices_exactly_once_whatever_their_rhythm() {
        qt().withExamples(Math.max(1, Integer.getInteger("gridsafe.qt.examples", 1000) / 10))
                .forAll(runs(), SourceDSL.integers().between(0, 3))
                .checkAssert((unsorted, failEvery) -> {
                    Fixture f = new Fixture(Set.of("320599002 2026-Q3"));
                    List<Run> runs = unsorted.stream()
                            .sorted(java.util.Comparator.comparing(Run::at))
                            .toList();
                    Set<String> expected = new TreeSet<>();
                    boolean loaded = false;
                    int i = 0;
                    for (Run r : runs) {
                        if (r.loadBefore() && !loaded) {
                            f.loadCalendarUpTo(2027);
                            loaded = true;
                        }
                        LocalDate day = r.at().atZone(ZONE).toLocalDate();
                        if (!loaded && !day.isBefore(LocalDate.of(2026, 11, 1))) {
                            expected.add("CALENDAR_COVERAGE_ENDING/320599/2026/" + day);
                        }
                        if (day.isAfter(LocalDate.of(2026, 10, 15))) {
                            expected.add("MAJOR_HAZARD_RETURN_OVERDUE/320599002/2026-Q3/" + day);
                        }
                        f.notifier.failing.set(failEvery > 0 && i++ % (failEvery + 1) == 0);
                        f.notices().sweep(r.at());
                    }
                    f.notifier.failing.set(false);
                    f.notices().sweep(runs.get(runs.size() - 1).at());
                    List<String> delivered =
                            f.notifier.notices.stream().map(DistrictNotice::key).toList();
                    assertThat(new HashSet<>(delivered)).as("nothing twice").hasSameSizeAs(delivered);
                    assertThat(new TreeSet<>(delivered)).isEqualTo(expected);
                    assertThat(f.store.undelivered(Integer.MAX_VALUE)).isEmpty();
                });
    }

    @Test
    void a_notifier_written_before_notices_still_compiles_and_logs_them() {
        Notifier legacy = notification -> {};
        Fixture f = new Fixture(Set.of());
        DistrictNotice n = f.notices().due(at(2026, 11, 5, 9)).get(0);
        legacy.deliverNotice(n);
        Notifier.none().deliverNotice(n);
        assertThat(Stream.of(n).map(DistrictNotice::kind)).containsExactly(NoticeKind.CALENDAR_COVERAGE_ENDING);
    }
}
