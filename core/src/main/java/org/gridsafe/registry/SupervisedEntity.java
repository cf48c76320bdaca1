package org.gridsafe.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.EntityFacts;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.hazard.RiskLevel;

/**
 * A production unit or place in the registry (监管对象): its profile, status, grid, risk assessments
 * and version, as the fold of its history ({@link #replay}). Commands change it only through
 * {@link EntityLifecycle#TABLE}.
 *
 * @param id the entity's id
 * @param profile what the registrant states
 * @param status operating, suspended, closed or deregistered
 * @param grid its one micro-grid
 * @param assessments every risk assessment, oldest first
 * @param version how many changes it has had (1 after registration)
 * @param updatedAt when the last change was made
 */
public record SupervisedEntity(
        EntityId id,
        EntityProfile profile,
        EntityStatus status,
        GridAssignment grid,
        List<RiskAssessment> assessments,
        long version,
        Instant updatedAt) {

    private static final Comparator<RiskAssessment> BY_DATE = Comparator.comparing(RiskAssessment::assessedOn);

    public SupervisedEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(grid, "grid");
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Production unit or place. */
    public EntityKind kind() {
        return profile.entityKind();
    }

    /**
     * The entity's risk level: the latest regulator's assessment wins; without one, the latest
     * self-assessment; empty when never assessed. Ties on a day go to the one recorded later.
     */
    public Optional<RiskLevel> riskLevel() {
        return latest(AssessorKind.REGULATOR)
                .or(() -> latest(AssessorKind.SELF))
                .map(RiskAssessment::level);
    }

    /** The latest assessment by {@code assessor}. */
    public Optional<RiskAssessment> latest(AssessorKind assessor) {
        RiskAssessment best = null;
        for (RiskAssessment a : assessments) {
            if (a.assessor() == assessor && (best == null || BY_DATE.compare(a, best) >= 0)) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    /** What access control needs to know about this entity. */
    public EntityFacts facts() {
        Set<DepartmentId> departments = new java.util.LinkedHashSet<>();
        profile.links().industryDepartment().ifPresent(departments::add);
        profile.links().comprehensiveDepartment().ifPresent(departments::add);
        Optional<String> enterprise = kind() == EntityKind.PRODUCTION_UNIT
                ? Optional.of(id.value())
                : profile.operator().map(EntityId::value);
        return new EntityFacts(Optional.of(id.value()), grid.grid(), departments, enterprise);
    }

    /** This entity after {@code event}, recorded as {@code recorded}. */
    SupervisedEntity apply(RecordedEntityEvent recorded) {
        return fold(Optional.of(this), recorded);
    }

    /**
     * The entity as its history makes it: the fold of every event, in version order. A prefix of the
     * history gives the entity as it was at that version.
     *
     * @throws IllegalArgumentException if the history does not start with a registration or skips a version
     */
    public static SupervisedEntity replay(List<RecordedEntityEvent> history) {
        Optional<SupervisedEntity> entity = Optional.empty();
        for (RecordedEntityEvent e : history) {
            entity = Optional.of(fold(entity, e));
        }
        return entity.orElseThrow(() -> new IllegalArgumentException("an empty history has no entity"));
    }

    /** The entity as it was at {@code instant}: the history up to then; empty if not yet registered. */
    public static Optional<SupervisedEntity> asOf(List<RecordedEntityEvent> history, Instant instant) {
        List<RecordedEntityEvent> upTo = new ArrayList<>();
        for (RecordedEntityEvent e : history) {
            if (!e.at().isAfter(instant)) {
                upTo.add(e);
            }
        }
        return upTo.isEmpty() ? Optional.empty() : Optional.of(replay(upTo));
    }

    private static SupervisedEntity fold(Optional<SupervisedEntity> before, RecordedEntityEvent recorded) {
        long expected = before.map(b -> b.version() + 1).orElse(1L);
        if (recorded.version() != expected) {
            throw new IllegalArgumentException("history of " + recorded.entityId() + " jumps to version "
                    + recorded.version() + " where " + expected + " comes next");
        }
        EntityEvent event = recorded.event();
        if (before.isEmpty()) {
            if (!(event instanceof EntityEvent.Registered registered)) {
                throw new IllegalArgumentException(
                        "history of " + recorded.entityId() + " starts with " + event.type() + ", not a registration");
            }
            return new SupervisedEntity(
                    recorded.entityId(),
                    registered.profile(),
                    EntityStatus.OPERATING,
                    registered.grid(),
                    List.of(),
                    1,
                    recorded.at());
        }
        SupervisedEntity b = before.get();
        if (event instanceof EntityEvent.Amended a) {
            return new SupervisedEntity(b.id, a.profile(), b.status, a.grid(), b.assessments, expected, recorded.at());
        }
        if (event instanceof EntityEvent.StatusChanged s) {
            return new SupervisedEntity(b.id, b.profile, s.to(), b.grid, b.assessments, expected, recorded.at());
        }
        if (event instanceof EntityEvent.RiskAssessed r) {
            List<RiskAssessment> all = new ArrayList<>(b.assessments);
            all.add(r.assessment());
            return new SupervisedEntity(b.id, b.profile, b.status, b.grid, all, expected, recorded.at());
        }
        throw new IllegalArgumentException(b.id() + " is registered twice (version " + recorded.version() + ")");
    }
}
