package org.gridsafe.port;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;

/**
 * A filter over cases, with cursor paging in case-id order. Every criterion given must hold.
 *
 * <pre>{@code
 * CaseQuery overdueInStreet = CaseQuery.all()
 *         .withinGrid(GridCode.parse("320508001"))
 *         .dueBefore(now)
 *         .limit(50);
 * }</pre>
 *
 * @param states the states to include; empty means any
 * @param withinGrid only cases in this grid's subtree
 * @param department only cases dispatched to this department
 * @param dueBefore only open cases whose deadline is before this instant
 * @param notDueBefore only cases that are not open with a deadline before this instant: finished
 *     cases and cases still in time (the complement of {@code dueBefore})
 * @param grade only this grade
 * @param domain only this safety domain
 * @param text only cases whose description contains this text
 * @param source only cases reported through this channel
 * @param reportedFrom only cases reported at or after this instant
 * @param reportedUntil only cases reported at or before this instant
 * @param entity only cases that name this production unit or place
 * @param sector only cases whose entity was in this supervision sector when the case was reported
 * @param riskLevel only cases whose entity had this risk level when the case was reported
 * @param supervisionClass only cases whose entity had a supervision class of this code (e.g. {@code
 *     A}) when the case was reported
 * @param after the cursor: only cases whose id sorts after this one
 * @param limit at most this many cases per page, 1 to {@link #MAX_LIMIT}
 */
public record CaseQuery(
        Set<CaseState> states,
        Optional<GridCode> withinGrid,
        Optional<DepartmentId> department,
        Optional<Instant> dueBefore,
        Optional<Instant> notDueBefore,
        Optional<HazardGrade> grade,
        Optional<SafetyDomain> domain,
        Optional<String> text,
        Optional<CaseSource> source,
        Optional<Instant> reportedFrom,
        Optional<Instant> reportedUntil,
        Optional<EntityId> entity,
        Optional<String> sector,
        Optional<RiskLevel> riskLevel,
        Optional<String> supervisionClass,
        Optional<CaseId> after,
        int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 100;

    public CaseQuery {
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        Objects.requireNonNull(withinGrid, "withinGrid");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(dueBefore, "dueBefore");
        Objects.requireNonNull(notDueBefore, "notDueBefore");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportedFrom, "reportedFrom");
        Objects.requireNonNull(reportedUntil, "reportedUntil");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(supervisionClass, "supervisionClass");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every case, first page. */
    public static CaseQuery all() {
        return new CaseQuery(
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_LIMIT);
    }

    public CaseQuery inStates(Set<CaseState> states) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery withinGrid(GridCode grid) {
        return new CaseQuery(
                states,
                Optional.of(grid),
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery department(DepartmentId department) {
        return new CaseQuery(
                states,
                withinGrid,
                Optional.of(department),
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery dueBefore(Instant instant) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                Optional.of(instant),
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    /** Only cases not overdue at {@code instant}: finished, or open with a deadline not before it. */
    public CaseQuery notDueBefore(Instant instant) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                Optional.of(instant),
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery grade(HazardGrade grade) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                Optional.of(grade),
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery domain(SafetyDomain domain) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                Optional.of(domain),
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery containing(String text) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                Optional.of(text),
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    /** Only cases reported through {@code source} (Open311 lists public reports only). */
    public CaseQuery source(CaseSource source) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                Optional.of(source),
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    /** Only cases reported from {@code from} to {@code until}, both included. */
    public CaseQuery reportedBetween(Instant from, Instant until) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(
                    "reported between " + from + " and " + until + ": the end is before the start");
        }
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                Optional.of(from),
                Optional.of(until),
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    public CaseQuery after(CaseId cursor) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                Optional.of(cursor),
                limit);
    }

    public CaseQuery limit(int limit) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    /** Only cases that name production unit or place {@code id}. */
    public CaseQuery entity(EntityId id) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                Optional.of(id),
                sector,
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    /** Only cases whose entity was in sector {@code id} (a catalog id) when reported. */
    public CaseQuery sector(String id) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                Optional.of(id),
                riskLevel,
                supervisionClass,
                after,
                limit);
    }

    /** Only cases whose entity had risk level {@code level} when reported. */
    public CaseQuery riskLevel(RiskLevel level) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                Optional.of(level),
                supervisionClass,
                after,
                limit);
    }

    /** Only cases whose entity had a supervision class of code {@code code} when reported. */
    public CaseQuery supervisionClass(String code) {
        return new CaseQuery(
                states,
                withinGrid,
                department,
                dueBefore,
                notDueBefore,
                grade,
                domain,
                text,
                source,
                reportedFrom,
                reportedUntil,
                entity,
                sector,
                riskLevel,
                Optional.of(code),
                after,
                limit);
    }
}
