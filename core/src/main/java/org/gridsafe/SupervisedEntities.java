package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.registry.DuplicateCreditCodeException;
import org.gridsafe.registry.EntityAccessDeniedException;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityDecider;
import org.gridsafe.registry.EntityDecision;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityNotFoundException;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.LicenceExpiry;
import org.gridsafe.registry.NineSmallOutcome;
import org.gridsafe.registry.NineSmallProfile;
import org.gridsafe.registry.NineSmallVerdict;
import org.gridsafe.registry.RecordedEntityEvent;
import org.gridsafe.registry.RegistryRules;
import org.gridsafe.registry.SupervisedEntity;

/**
 * The registry of supervised entities as an application service: load, decide by
 * {@code registry.EntityLifecycle}, append with the expected version, and every read through the
 * access policy. Thread-safe; concurrent writers of one entity never lose an update (the loser gets
 * an {@link org.gridsafe.registry.EntityVersionConflictException}).
 *
 * <pre>{@code
 * SupervisedEntities entities = SupervisedEntities.builder().directory(directory).clock(clock).build();
 * SupervisedEntity unit = entities.execute(streetCenter, new EntityCommand.Register(id, profile, "首次登记"));
 * }</pre>
 */
public final class SupervisedEntities {

    private final EntityRegistry registry;
    private final GridDirectory directory;
    private final AccessPolicy policy;
    private final Clock clock;
    private final EntityDecider decider;
    private final RegistryRules catalogs;
    private final NineSmallProfile nineSmallProfile;
    private volatile RegistryRules rules;

    private SupervisedEntities(Builder b) {
        this.registry = b.registry;
        this.directory = b.directory;
        this.policy = b.policy;
        this.clock = b.clock;
        this.decider = new EntityDecider(policy);
        this.catalogs = b.rules;
        this.nineSmallProfile = b.nineSmallProfile;
    }

    /** A builder; directory and clock are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Decides and stores {@code command}; returns the entity after it. */
    public SupervisedEntity execute(Actor actor, EntityCommand command) {
        EntityDecision decision = decide(actor, command, registry.find(command.id()));
        registry.append(decision);
        return decision.entity();
    }

    /**
     * Decides every command of {@code commands} in order and stores them all in one transaction, or
     * none ({@link EntityRegistry#appendAll}): the registrations and changes of an import. A command
     * for an entity named by an earlier command of the batch is decided on the entity that earlier
     * command yields (a registration, then the risk assessment of the new unit). Any refusal, whether
     * in deciding a command or in storing the batch (a credit code or an id another writer took
     * meanwhile), writes nothing; a refusal of the store names the entity ({@link
     * org.gridsafe.registry.EntityRegistryException#entity()}).
     *
     * @return the entities after the batch, one per entity, in the order they are first named
     */
    public List<SupervisedEntity> executeAll(Actor actor, List<EntityCommand> commands) {
        java.util.Map<EntityId, EntityDecision> decided = new java.util.LinkedHashMap<>();
        for (EntityCommand command : commands) {
            EntityDecision earlier = decided.get(command.id());
            Optional<SupervisedEntity> current =
                    earlier == null ? registry.find(command.id()) : Optional.of(earlier.entity());
            EntityDecision decision;
            try {
                decision = decide(actor, command, current);
            } catch (DuplicateCreditCodeException e) {
                throw new DuplicateCreditCodeException(e.getMessage(), command.id());
            }
            decided.put(command.id(), earlier == null ? decision : earlier.then(decision));
        }
        List<EntityDecision> batch = List.copyOf(decided.values());
        registry.appendAll(batch);
        return batch.stream().map(EntityDecision::entity).toList();
    }

    /** {@link #executeAll} for registrations only: every entity is registered, or none is. */
    public List<SupervisedEntity> registerAll(Actor actor, List<EntityCommand.Register> registrations) {
        return executeAll(actor, List.copyOf(registrations));
    }

    /**
     * Decides {@code command} on {@code current} (the stored entity, or one a previous decision of
     * the same batch yields) without storing anything: the same refusals as {@link #execute}, the
     * duplicate credit code checked against the registry. An import validates a whole file this way
     * before it writes a row.
     */
    public EntityDecision decide(Actor actor, EntityCommand command, Optional<SupervisedEntity> current) {
        EntityDecision decision = decider.decide(actor, command, current, rules(), clock.instant());
        decision.entity()
                .profile()
                .creditCode()
                .ifPresent(code -> registry.findByCreditCode(code)
                        .filter(other -> !other.id().equals(command.id()))
                        .ifPresent(other -> {
                            throw new DuplicateCreditCodeException(
                                    "creditCode: " + code + " is already registered for entity " + other.id());
                        }));
        return decision;
    }

    /** The entity, if {@code actor} may read it. */
    public SupervisedEntity get(Actor actor, EntityId id) {
        SupervisedEntity entity = registry.find(id).orElseThrow(() -> new EntityNotFoundException("no entity " + id));
        require(actor, entity);
        return entity;
    }

    /** Every version of the entity's history (who, when, why, what), if {@code actor} may read it. */
    public List<RecordedEntityEvent> history(Actor actor, EntityId id) {
        get(actor, id);
        return registry.history(id);
    }

    /**
     * The entity as it was at {@code instant} (empty: not registered yet), if {@code actor} may read it
     * now; a past case shows its unit this way.
     */
    public Optional<SupervisedEntity> asOf(Actor actor, EntityId id, Instant instant) {
        return SupervisedEntity.asOf(history(actor, id), instant);
    }

    /** The entities {@code query} matches that {@code actor} may read. */
    public List<SupervisedEntity> search(Actor actor, EntityQuery query) {
        return readable(actor, stored(actor, query));
    }

    /** What the registry holds for {@code query} inside the actor's reach, before the per-entity check. */
    private List<SupervisedEntity> stored(Actor actor, EntityQuery query) {
        ScopeFacts reach = policy.scopeOf(actor, Action.READ_ENTITY);
        EntityQuery narrowed = query;
        if (reach.grid().isPresent()) {
            GridCode home = reach.grid().get();
            if (query.within().isEmpty()
                    || home.isSameOrAncestorOf(query.within().get())) {
                narrowed = query.within().isEmpty() ? query.within(home) : query;
            } else if (query.within().get().isSameOrAncestorOf(home)) {
                narrowed = query.within(home);
            } else {
                return List.of();
            }
        }
        return registry.search(narrowed);
    }

    private List<SupervisedEntity> readable(Actor actor, List<SupervisedEntity> stored) {
        return stored.stream()
                .filter(e -> policy.decide(actor, Action.READ_ENTITY, e.facts()).allowed())
                .toList();
    }

    /**
     * The licences of the entities {@code query} matches and {@code actor} may read that have expired on
     * {@code today} or expire within {@code window} ({@link org.gridsafe.entity.Licence#DEFAULT_EXPIRY_WARNING}
     * by default), soonest first.
     */
    public List<LicenceExpiry> licenceExpiries(Actor actor, EntityQuery query, LocalDate today, Period window) {
        if (window.isNegative()) {
            throw new InvalidEntityValueException("window", "must not be negative; got " + window);
        }
        return LicenceExpiry.report(search(actor, query.licenceExpiringBy(today.plus(window))), today, window);
    }

    /** The rules the registry checks, over the directory's current grids. */
    public RegistryRules rules() {
        GridTree grids = directory.grids();
        RegistryRules r = rules;
        if (r == null || r.grids() != grids) {
            r = catalogs == null ? RegistryRules.standard(grids) : catalogs.withGrids(grids);
            if (nineSmallProfile != null) {
                r = r.withNineSmallProfile(nineSmallProfile);
            }
            rules = r;
        }
        return r;
    }

    /**
     * The verdict of the district's 九小场所 profile ({@link RegistryRules#nineSmallProfile()}) on the
     * entity, if it is a place of kind NINE_SMALL.
     */
    public Optional<NineSmallVerdict> nineSmallVerdict(SupervisedEntity entity) {
        return rules().nineSmallVerdict(entity.profile());
    }

    /**
     * The places of kind NINE_SMALL {@code query} matches, {@code actor} may read and the district's
     * profile gives {@code outcome}; at most {@code query.limit()}, in id order. The verdict is not
     * stored (it follows the profile), so this reads the query's places, up to {@link
     * EntityQuery#MAX_LIMIT}.
     *
     * @throws InvalidEntityValueException on {@code nineSmallVerdict} when the query holds that many
     *     places or more: a filter over a cut-off read would leave matches out without saying so
     */
    public List<SupervisedEntity> search(Actor actor, EntityQuery query, NineSmallOutcome outcome) {
        RegistryRules r = rules();
        List<SupervisedEntity> places =
                stored(actor, query.kind(org.gridsafe.registry.EntityKind.PLACE).limit(EntityQuery.MAX_LIMIT));
        if (places.size() >= EntityQuery.MAX_LIMIT) {
            throw new InvalidEntityValueException(
                    "nineSmallVerdict",
                    "the search holds " + EntityQuery.MAX_LIMIT + " places or more, more than a verdict filter"
                            + " reads; narrow it first (grid, sector, status or text)");
        }
        return readable(actor, places).stream()
                .filter(e -> r.nineSmallVerdict(e.profile())
                        .map(v -> v.outcome() == outcome)
                        .orElse(false))
                .limit(query.limit())
                .toList();
    }

    private void require(Actor actor, SupervisedEntity entity) {
        AccessDecision d = policy.decide(actor, Action.READ_ENTITY, entity.facts());
        if (!d.allowed()) {
            throw new EntityAccessDeniedException(d);
        }
    }

    /** Builds a {@link SupervisedEntities}. */
    public static final class Builder {
        private EntityRegistry registry = new InMemoryEntityRegistry();
        private GridDirectory directory;
        private AccessPolicy policy = AccessPolicy.standard();
        private Clock clock;
        private RegistryRules rules;
        private NineSmallProfile nineSmallProfile;

        private Builder() {}

        /**
         * The district's 九小场所 threshold profile; {@link RegistryRules#DEFAULT_NINE_SMALL_PROFILE}
         * ({@code WIDELY_USED}, the project's own choice) unless given here or in {@link #rules}.
         */
        public Builder nineSmallProfile(NineSmallProfile value) {
            nineSmallProfile = Objects.requireNonNull(value, "nineSmallProfile");
            return this;
        }

        /** Where entities are kept; in memory unless given. */
        public Builder registry(EntityRegistry value) {
            registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /** The grids (their points decide an entity's grid). */
        public Builder directory(GridDirectory value) {
            directory = Objects.requireNonNull(value, "directory");
            return this;
        }

        /** The access policy; {@link AccessPolicy#standard()} unless given. */
        public Builder policy(AccessPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The clock changes are stamped with. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Catalogs other than the shipped ones (their grids are replaced by the directory's). */
        public Builder rules(RegistryRules value) {
            rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** The service. */
        public SupervisedEntities build() {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(clock, "clock");
            return new SupervisedEntities(this);
        }
    }
}
