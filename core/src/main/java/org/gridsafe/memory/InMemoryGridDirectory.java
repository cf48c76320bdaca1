package org.gridsafe.memory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.port.DatedCalendar;
import org.gridsafe.port.DatedDuties;
import org.gridsafe.port.DatedGrid;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangePage;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.port.DirectoryChangeRefusedException;
import org.gridsafe.port.DirectorySnapshot;
import org.gridsafe.port.GridDirectoryHistory;
import org.gridsafe.port.WritableGridDirectory;

/**
 * Reference data held in memory, with every version a replacement recorded. The constructor's
 * data is version 1; without a {@link DirectoryChange} it is recorded as the system's, effective
 * from the clock's day in the calendar's zone.
 *
 * <pre>{@code
 * GridDirectory directory = new InMemoryGridDirectory(tree, matrix, TimeLimits.defaults(), calendar);
 * }</pre>
 */
public final class InMemoryGridDirectory implements WritableGridDirectory, GridDirectoryHistory {

    /** The reason recorded for the constructor's data when none is given. */
    public static final String INITIAL_REASON = "初始目录";

    private record Version(DirectorySnapshot data, DirectoryChangeRecord record) {}

    private final Clock clock;
    private final List<Version> versions = new ArrayList<>();
    private volatile DirectorySnapshot current;

    public InMemoryGridDirectory(
            GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar workCalendar) {
        this(grids, dutyMatrix, timeLimits, workCalendar, Clock.systemUTC(), Optional.empty());
    }

    /**
     * A directory whose first version is recorded with {@code first}; {@code clock} gives the
     * recording times and "today" for the effective-day rule.
     */
    public InMemoryGridDirectory(
            GridTree grids,
            DutyMatrix dutyMatrix,
            TimeLimits timeLimits,
            WorkCalendar workCalendar,
            Clock clock,
            DirectoryChange first) {
        this(grids, dutyMatrix, timeLimits, workCalendar, clock, Optional.of(first));
    }

    private InMemoryGridDirectory(
            GridTree grids,
            DutyMatrix dutyMatrix,
            TimeLimits timeLimits,
            WorkCalendar workCalendar,
            Clock clock,
            Optional<DirectoryChange> first) {
        this.clock = Objects.requireNonNull(clock, "clock");
        DirectorySnapshot data = new DirectorySnapshot(grids, dutyMatrix, timeLimits, workCalendar);
        DirectoryChange change = first.orElseGet(() -> new DirectoryChange(Actor.SYSTEM, INITIAL_REASON, today(data)));
        record(data, change);
    }

    private LocalDate today(DirectorySnapshot data) {
        return LocalDate.ofInstant(clock.instant(), data.workCalendar().zone());
    }

    @Override
    public GridTree grids() {
        return current.grids();
    }

    @Override
    public DutyMatrix dutyMatrix() {
        return current.dutyMatrix();
    }

    @Override
    public TimeLimits timeLimits() {
        return current.timeLimits();
    }

    @Override
    public WorkCalendar workCalendar() {
        return current.workCalendar();
    }

    /** Recorded as the system's change, with {@link DirectoryChange#UNSTATED_REASON}, effective today. */
    @Override
    public synchronized void replace(
            GridTree grids, DutyMatrix dutyMatrix, TimeLimits timeLimits, WorkCalendar calendar) {
        DirectorySnapshot data = new DirectorySnapshot(grids, dutyMatrix, timeLimits, calendar);
        // Never refused: the last change's day when that is later than today (another zone's today).
        LocalDate today = today(data);
        LocalDate last = versions.get(versions.size() - 1).record().effectiveFrom();
        append(data, DirectoryChange.unstated(last.isAfter(today) ? last : today));
    }

    /** Records a new version unless nothing changed; refuses a change that breaks the effective-day rule. */
    @Override
    public synchronized void replace(
            GridTree grids,
            DutyMatrix dutyMatrix,
            TimeLimits timeLimits,
            WorkCalendar calendar,
            DirectoryChange change) {
        Objects.requireNonNull(change, "change");
        record(new DirectorySnapshot(grids, dutyMatrix, timeLimits, calendar), change);
    }

    private synchronized void record(DirectorySnapshot data, DirectoryChange change) {
        Optional<Version> last = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        DirectoryChangeRefusedException.checkEffectiveDay(
                change,
                last.map(Version::record),
                today(data),
                data.workCalendar().zone());
        append(data, change);
    }

    private synchronized void append(DirectorySnapshot data, DirectoryChange change) {
        Optional<Version> last = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        List<DirectoryChangeItem> items = DirectoryChangeItem.between(last.map(Version::data), data);
        if (items.isEmpty()) {
            return;
        }
        DirectoryChangeRecord record = DirectoryChangeRecord.sealed(
                versions.size() + 1L,
                change,
                clock.instant(),
                items,
                last.map(v -> v.record().hash()).orElse(""));
        versions.add(new Version(data, record));
        current = data;
    }

    @Override
    public synchronized Optional<DatedGrid> gridOn(GridCode grid, LocalDate day) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(day, "day");
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version v = versions.get(i);
            if (!v.record().effectiveFrom().isAfter(day)) {
                return v.data()
                        .grids()
                        .find(grid)
                        .map(g -> new DatedGrid(
                                g, v.record().version(), v.record().effectiveFrom()));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<DatedDuties> dutiesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version v = versions.get(i);
            if (!v.record().effectiveFrom().isAfter(day)) {
                return Optional.of(new DatedDuties(
                        v.data().dutyMatrix(),
                        v.data().timeLimits(),
                        v.record().version(),
                        v.record().effectiveFrom()));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<DatedCalendar> calendarOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version v = versions.get(i);
            if (!v.record().effectiveFrom().isAfter(day)) {
                WorkCalendar calendar = v.data().workCalendar();
                // the version that loaded it: the first of the run of versions with this calendar
                int loaded = i;
                while (loaded > 0
                        && versions.get(loaded - 1).data().workCalendar().equals(calendar)) {
                    loaded--;
                }
                DirectoryChangeRecord by = versions.get(loaded).record();
                return Optional.of(new DatedCalendar(
                        calendar,
                        v.record().version(),
                        v.record().effectiveFrom(),
                        by.version(),
                        by.effectiveFrom(),
                        by.actorId(),
                        by.actorName()));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized DirectoryChangePage changes(long offset, int limit) {
        GridDirectoryHistory.checkPage(offset, limit);
        List<DirectoryChangeRecord> page = new ArrayList<>();
        for (long i = versions.size() - 1 - offset; i >= 0 && page.size() < limit; i--) {
            page.add(versions.get((int) i).record());
        }
        return new DirectoryChangePage(page, versions.size());
    }
}
