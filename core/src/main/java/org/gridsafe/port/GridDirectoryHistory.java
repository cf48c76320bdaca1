package org.gridsafe.port;

import java.time.LocalDate;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * The directory's history: every version a {@link WritableGridDirectory} replacement recorded,
 * with who changed it, why, when it was recorded and from which day it holds.
 *
 * <p>The version in force on a day is the last recorded one whose effective day is not after it.
 * Effective days never decrease from one recorded change to the next and never lie in the future
 * (see {@link DirectoryChangeRefusedException}), so the current data is always the newest
 * version, and a day's answer changes only when a change back-dated to it or earlier is recorded.
 *
 * <pre>{@code
 * Optional<DatedGrid> then = history.gridOn(GridCode.parse("320599001001"), LocalDate.of(2026, 11, 3));
 * then.flatMap(g -> g.grid().responsibilityChain().holder(ResponsibleRole.FIRST)) // 第一责任人 then
 * Optional<DatedDuties> duties = history.dutiesOn(LocalDate.of(2026, 11, 3)); // departments, duty rules, time limits then
 * Optional<DatedCalendar> calendar = history.calendarOn(LocalDate.of(2026, 11, 3)); // the work calendar then
 * }</pre>
 */
public interface GridDirectoryHistory {

    /**
     * The grid as it stood on {@code day}: empty when no recorded version was in force that day or
     * the version in force did not have the grid.
     *
     * @throws StoreUnavailableException when the store is down
     */
    Optional<DatedGrid> gridOn(GridCode grid, LocalDate day);

    /**
     * The departments, duty rules and time limits as they stood on {@code day}, by the same rule:
     * empty when no recorded version was in force that day, or the version in force was recorded
     * before the store kept them (a database upgraded from an older schema keeps them from its
     * latest version at the upgrade on).
     *
     * @throws StoreUnavailableException when the store is down
     */
    Optional<DatedDuties> dutiesOn(LocalDate day);

    /**
     * The work calendar as it stood on {@code day}, by the same rule: empty when no recorded
     * version was in force that day, or the version in force was recorded before the store kept
     * calendars (a database upgraded from an older schema keeps them from its latest version at the
     * upgrade on).
     *
     * @throws StoreUnavailableException when the store is down
     */
    Optional<DatedCalendar> calendarOn(LocalDate day);

    /**
     * Recorded changes, newest first: {@code limit} of them after skipping {@code offset}.
     *
     * @throws IllegalArgumentException when offset is negative or limit is not 1-500
     * @throws StoreUnavailableException when the store is down
     */
    DirectoryChangePage changes(long offset, int limit);

    /** The longest page {@link #changes} serves. */
    int MAX_PAGE = 500;

    /**
     * Refuses a page request outside the bounds of {@link #changes}.
     *
     * @throws IllegalArgumentException naming the field and its bounds
     */
    static void checkPage(long offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit: must be 1-" + MAX_PAGE + ", got " + limit);
        }
    }
}
