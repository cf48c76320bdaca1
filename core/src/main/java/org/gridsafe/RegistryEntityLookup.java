package org.gridsafe;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.CaseEntity;
import org.gridsafe.casework.EntityLookup;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.RecordedEntityEvent;
import org.gridsafe.registry.SupervisedEntity;

/** The facts a case records about an entity, read from the entity's history in the registry. */
final class RegistryEntityLookup implements EntityLookup {

    private final EntityRegistry registry;

    RegistryEntityLookup(EntityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<CaseEntity> find(EntityId id, Instant at) {
        List<RecordedEntityEvent> history = registry.history(id);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        // Registered only after the hazard was reported: its first version is the nearest fact.
        SupervisedEntity then =
                SupervisedEntity.asOf(history, at).orElseGet(() -> SupervisedEntity.replay(history.subList(0, 1)));
        return Optional.of(CaseEntity.of(then));
    }
}
