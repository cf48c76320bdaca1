package org.gridsafe.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a step of {@link EntityLifecycle} reads (the entity before, the rules) and writes (field
 * problems, events). Made by {@link EntityDecider} for one command.
 */
public final class EntityStepContext {

    private final Optional<SupervisedEntity> before;
    private final RegistryRules rules;
    private final FieldRules problems = new FieldRules("");
    private final List<EntityEvent> events = new ArrayList<>();

    EntityStepContext(Optional<SupervisedEntity> before, RegistryRules rules) {
        this.before = before;
        this.rules = rules;
    }

    /** The entity the command acts on (empty for a registration). */
    public Optional<SupervisedEntity> before() {
        return before;
    }

    RegistryRules rules() {
        return rules;
    }

    FieldRules problems() {
        return problems;
    }

    void emit(EntityEvent event) {
        events.add(event);
    }

    List<EntityEvent> events() {
        return List.copyOf(events);
    }

    SupervisedEntity entity() {
        return before.orElseThrow();
    }
}
