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
        check(decision, null);
        write(decision);
    }

    @Override
    public synchronized void appendAll(List<EntityDecision> batch) {
        // Every check before the first write, under the one lock: all or nothing.
        EntityDecision.refuseDuplicatesWithin(batch);
        for (EntityDecision d : batch) {
            check(d, d.entity().id());
        }
        batch.forEach(this::write);
    }

    /** Refuses {@code decision} as the store stands; {@code inBatch} names the entity in a batch's refusal. */
    private void check(EntityDecision decision, EntityId inBatch) {
        SupervisedEntity entity = decision.entity();
        SupervisedEntity before = current.get(entity.id());
        String field = inBatch == null ? "" : "id: ";
        if (decision.expectedVersion() == 0 && before != null) {
            String message = field + "entity " + entity.id() + " is already registered";
            throw inBatch == null
                    ? new EntityAlreadyExistsException(message)
                    : new EntityAlreadyExistsException(message, inBatch);
        }
        long now = before == null ? 0 : before.version();
        if (now != decision.expectedVersion()) {
            String message = (inBatch == null ? "" : "version: ") + "entity " + entity.id() + " is at version " + now
                    + ", not " + decision.expectedVersion() + "; another change came first";
            throw inBatch == null
                    ? new EntityVersionConflictException(message)
                    : new EntityVersionConflictException(message, inBatch);
        }
        Optional<String> code = entity.profile().creditCode().map(UnifiedSocialCreditCode::value);
        if (code.isPresent()) {
            EntityId holder = creditCodes.get(code.get());
            if (holder != null && !holder.equals(entity.id())) {
                String message = inBatch == null
                        ? "creditCode: " + code.get() + " is already registered for entity " + holder
                        : "creditCode: " + code.get() + " of entity " + entity.id()
                                + " is already registered for entity " + holder;
                throw inBatch == null
                        ? new DuplicateCreditCodeException(message)
                        : new DuplicateCreditCodeException(message, inBatch);
            }
        }
    }

    private void write(EntityDecision decision) {
        SupervisedEntity entity = decision.entity();
        SupervisedEntity before = current.get(entity.id());
        if (before != null) {
            before.profile().creditCode().ifPresent(c -> creditCodes.remove(c.value()));
        }
        entity.profile().creditCode().ifPresent(c -> creditCodes.put(c.value(), entity.id()));
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
