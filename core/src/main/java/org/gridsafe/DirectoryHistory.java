package org.gridsafe;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.Rejection;
import org.gridsafe.casework.RejectionReason;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.DatedCalendar;
import org.gridsafe.port.DatedDuties;
import org.gridsafe.port.DatedGrid;
import org.gridsafe.port.DirectoryChangePage;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.GridDirectoryHistory;

/**
 * The directory's history as actors ask for it, with access decided by {@link AccessPolicy}: a
 * grid's staff and responsibility chain on a past day ({@link Action#READ_DIRECTORY_HISTORY}) and
 * the departments, duty rules and time limits and the work calendar on a past day (the same action), and
 * the recorded changes ({@link Action#READ_DIRECTORY_CHANGES}). Refusals are
 * {@code AccessDeniedException}s naming the rule, as for cases.
 *
 * <pre>{@code
 * Optional<DatedGrid> then = gridSafe.directoryHistory().gridOn(streetCenter, grid, LocalDate.of(2026, 11, 3));
 * }</pre>
 */
public final class DirectoryHistory {

    private final GridDirectory directory;
    private final Optional<GridDirectoryHistory> history;
    private final AccessPolicy access;

    DirectoryHistory(GridDirectory directory, AccessPolicy access) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.history = directory instanceof GridDirectoryHistory h ? Optional.of(h) : Optional.empty();
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Whether the directory keeps a history; when not, the queries below throw {@link IllegalStateException}. */
    public boolean kept() {
        return history.isPresent();
    }

    /**
     * {@code grid} as it stood on {@code day} ({@link GridDirectoryHistory#gridOn}), for an actor
     * who may read the directory's history of that grid.
     */
    public Optional<DatedGrid> gridOn(Actor actor, GridCode grid, LocalDate day) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(day, "day");
        check(access.decide(actor, Action.READ_DIRECTORY_HISTORY, ScopeFacts.within(grid)));
        return port().gridOn(grid, day);
    }

    /**
     * The departments, duty rules and time limits as they stood on {@code day}
     * ({@link GridDirectoryHistory#dutiesOn}), for an actor who may read the directory's history:
     * any command center (they are the whole district's, so each within its own home grid) and the
     * system.
     */
    public Optional<DatedDuties> dutiesOn(Actor actor, LocalDate day) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(day, "day");
        ScopeFacts scope = actor.homeGrid().map(ScopeFacts::within).orElseGet(ScopeFacts::everything);
        check(access.decide(actor, Action.READ_DIRECTORY_HISTORY, scope));
        return port().dutiesOn(day);
    }

    /**
     * The work calendar as it stood on {@code day} ({@link GridDirectoryHistory#calendarOn}), for
     * the same actors as {@link #dutiesOn}: the calendar is the whole district's.
     */
    public Optional<DatedCalendar> calendarOn(Actor actor, LocalDate day) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(day, "day");
        ScopeFacts scope = actor.homeGrid().map(ScopeFacts::within).orElseGet(ScopeFacts::everything);
        check(access.decide(actor, Action.READ_DIRECTORY_HISTORY, scope));
        return port().calendarOn(day);
    }

    /** A page of the recorded changes, newest first, for a district command center or the system. */
    public DirectoryChangePage changes(Actor actor, long offset, int limit) {
        Objects.requireNonNull(actor, "actor");
        List<ScopeFacts> districts = directory.grids().roots().stream()
                .map(root -> ScopeFacts.within(root.code()))
                .toList();
        AccessDecision refusal = null;
        for (ScopeFacts district : districts.isEmpty() ? List.of(ScopeFacts.everything()) : districts) {
            AccessDecision decision = access.decide(actor, Action.READ_DIRECTORY_CHANGES, district);
            if (decision.allowed()) {
                return port().changes(offset, limit);
            }
            refusal = refusal == null ? decision : refusal;
        }
        check(refusal);
        throw new IllegalStateException("unreachable: a refusal was checked");
    }

    private GridDirectoryHistory port() {
        return history.orElseThrow(() -> new IllegalStateException(
                "this grid directory (" + directory.getClass().getSimpleName() + ") keeps no history"));
    }

    private static void check(AccessDecision decision) {
        if (!decision.allowed()) {
            throw CaseworkException.of(new Rejection(
                    RejectionReason.ACCESS_DENIED, decision.explanation(), List.of(), Optional.of(decision.rule())));
        }
    }
}
