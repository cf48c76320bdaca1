package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.registry.EntityId;

/**
 * What the registry of supervised entities says about an entity a case names: its facts as they
 * were at an instant. The application service implements it over its {@code EntityRegistry};
 * without a registry, {@link #unchecked()} accepts every id and knows no facts.
 */
public interface EntityLookup {

    /**
     * The facts of entity {@code id} as of {@code at} (if it was registered only later, as it was
     * when first registered); empty when the registry has no such entity.
     */
    Optional<CaseEntity> find(EntityId id, Instant at);

    /** Whether ids are checked against a registry (otherwise any id is accepted as named). */
    default boolean checked() {
        return true;
    }

    /** No registry: every id is accepted, with no facts. */
    static EntityLookup unchecked() {
        return new EntityLookup() {
            @Override
            public Optional<CaseEntity> find(EntityId id, Instant at) {
                return Optional.of(CaseEntity.unchecked(id));
            }

            @Override
            public boolean checked() {
                return false;
            }
        };
    }
}
