package org.gridsafe.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.DuplicateCreditCodeException;
import org.gridsafe.registry.EntityAlreadyExistsException;
import org.gridsafe.registry.EntityDecision;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.EntityVersionConflictException;
import org.gridsafe.registry.RecordedEntityEvent;
import org.gridsafe.registry.SupervisedEntity;

/** The entity registry in memory: for tests and embedding without a database. Thread-safe (one lock). */
public final class InMemoryEntityRegistry implements EntityRegistry {

    private final Map<EntityId, SupervisedEntity> current = new TreeMap<>();
    private final Map<EntityId, List<RecordedEntityEvent>> histories = new TreeMap<>();
    private final Map<String, EntityId> creditCodes = new TreeMap<>();

    @Override
    public synchronized Optional<SupervisedEntity> find(EntityId id) {
        return Optional.ofNullable(current.get(id));
    }

    @Override
    public synchronized Optional<SupervisedEntity> findByCreditCode(UnifiedSocialCreditCode code) {
        return Optional.ofNullable(creditCodes.get(code.value())).map(current::get);
    }

    @Override
    public synchronized List<RecordedEntityEvent> history(EntityId id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void append(EntityDecision decision) {
        SupervisedEntity entity = decision.entity();
        SupervisedEntity before = current.get(entity.id());
        if (decision.expectedVersion() == 0 && before != null) {
            throw new EntityAlreadyExistsException("entity " + entity.id() + " is already registered");
        }
        long now = before == null ? 0 : before.version();
        if (now != decision.expectedVersion()) {
            throw new EntityVersionConflictException("entity " + entity.id() + " is at version " + now + ", not "
                    + decision.expectedVersion() + "; another change came first");
        }
        Optional<String> code = entity.profile().creditCode().map(UnifiedSocialCreditCode::value);
        if (code.isPresent()) {
            EntityId holder = creditCodes.get(code.get());
            if (holder != null && !holder.equals(entity.id())) {
                throw new DuplicateCreditCodeException(
                        "creditCode: " + code.get() + " is already registered for entity " + holder);
            }
        }
        if (before != null) {
            before.profile().creditCode().ifPresent(c -> creditCodes.remove(c.value()));
        }
        code.ifPresent(c -> creditCodes.put(c, entity.id()));
        current.put(entity.id(), entity);
        histories.computeIfAbsent(entity.id(), id -> new ArrayList<>()).addAll(decision.events());
    }

    @Override
    public synchronized List<SupervisedEntity> search(EntityQuery query) {
        return current.values().stream()
                .filter(query::matches)
                .limit(query.limit())
                .toList();
    }
}
