package org.gridsafe.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.inspection.CapSlot;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionAlreadyExistsException;
import org.gridsafe.inspection.InspectionCapExceededException;
import org.gridsafe.inspection.InspectionDecision;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.inspection.InspectionVersionConflictException;
import org.gridsafe.inspection.InvalidInspectionException;
import org.gridsafe.inspection.RecordedInspectionEvent;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.registry.EntityId;

/** Inspections in memory, every write under one lock (so the cap check and the write are one step). */
public final class InMemoryInspectionStore implements InspectionStore {

    private final Map<String, EnforcementCredential> credentials = new TreeMap<>();
    private final TreeMap<InspectionId, List<RecordedInspectionEvent>> histories = new TreeMap<>();
    private final TreeMap<InspectionId, Inspection> current = new TreeMap<>();
    private final Map<String, Integer> counted = new HashMap<>();

    @Override
    public synchronized void saveCredential(EnforcementCredential credential) {
        EnforcementCredential held = credentials.get(credential.number());
        if (held != null && !held.holderId().equals(credential.holderId())) {
            throw new InvalidInspectionException(
                    "number", "credential " + credential.number() + " is registered to " + held.holderId());
        }
        credentials.put(credential.number(), credential);
    }

    @Override
    public synchronized Optional<EnforcementCredential> credential(String number) {
        return Optional.ofNullable(credentials.get(number));
    }

    @Override
    public synchronized List<EnforcementCredential> credentialsOf(String holderId) {
        return credentials.values().stream()
                .filter(c -> c.holderId().equals(holderId))
                .toList();
    }

    @Override
    public synchronized Optional<Inspection> find(InspectionId id) {
        return Optional.ofNullable(current.get(id));
    }

    @Override
    public synchronized List<RecordedInspectionEvent> history(InspectionId id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized void append(InspectionDecision decision) {
        InspectionId id = decision.inspection().id();
        Inspection held = current.get(id);
        if (decision.expectedVersion() == 0) {
            if (held != null) {
                throw new InspectionAlreadyExistsException("inspection " + id + " is opened already");
            }
        } else if (held == null || held.version() != decision.expectedVersion()) {
            throw new InspectionVersionConflictException("inspection " + id + " is no longer at version "
                    + decision.expectedVersion() + "; another change came first");
        }
        if (decision.capSlot().isPresent()) {
            CapSlot slot = decision.capSlot().get();
            String key = key(slot.entity(), slot.year());
            int n = counted.getOrDefault(key, 0);
            if (n >= slot.cap()) {
                throw new InspectionCapExceededException(slot);
            }
            counted.put(key, n + 1);
        }
        List<RecordedInspectionEvent> history = new ArrayList<>(histories.getOrDefault(id, List.of()));
        history.addAll(decision.events());
        histories.put(id, List.copyOf(history));
        current.put(id, decision.inspection());
    }

    @Override
    public synchronized int countedInspections(EntityId entity, int year) {
        return counted.getOrDefault(key(entity, year), 0);
    }

    @Override
    public synchronized List<Inspection> search(InspectionQuery query) {
        return current.values().stream()
                .filter(query::matches)
                .limit(query.limit())
                .toList();
    }

    private static String key(EntityId entity, int year) {
        return entity.value() + "@" + year;
    }
}
