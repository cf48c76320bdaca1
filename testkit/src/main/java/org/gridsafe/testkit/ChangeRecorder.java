package org.gridsafe.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CaseStore;

/**
 * A {@link CaseStore} in front of the store under test: remembers every change the store
 * accepted, and can hold a change back instead of passing it on (to replay it later, e.g. as the
 * loser of a race). Thread-safe.
 */
final class ChangeRecorder implements CaseStore {

    private final CaseStore delegate;
    private final List<CaseChange> accepted = new ArrayList<>();
    private final List<CaseChange> heldBack = new ArrayList<>();
    private boolean holding;

    ChangeRecorder(CaseStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<RecordedEvent> load(CaseId caseId) {
        return delegate.load(caseId);
    }

    @Override
    public void append(CaseChange change) {
        synchronized (this) {
            if (holding) {
                heldBack.add(change);
                return;
            }
        }
        delegate.append(change);
        synchronized (this) {
            accepted.add(change);
        }
    }

    /** Runs {@code command} but keeps the one change it makes from the store, and returns it. */
    CaseChange holdBack(Runnable command) {
        synchronized (this) {
            holding = true;
            heldBack.clear();
        }
        try {
            command.run();
        } finally {
            synchronized (this) {
                holding = false;
            }
        }
        synchronized (this) {
            if (heldBack.size() != 1) {
                throw new IllegalStateException("expected the command to make one change, it made " + heldBack.size());
            }
            return heldBack.get(0);
        }
    }

    /** Every change the store accepted, in order. */
    synchronized List<CaseChange> accepted() {
        return List.copyOf(accepted);
    }

    /** The events the store accepted for {@code caseId}, in order. */
    synchronized List<RecordedEvent> eventsOf(CaseId caseId) {
        List<RecordedEvent> events = new ArrayList<>();
        for (CaseChange change : accepted) {
            if (change.caseId().equals(caseId)) {
                events.addAll(change.events());
            }
        }
        return events;
    }

    /** Each case as its last accepted change left it, in order of first appearance. */
    synchronized Map<CaseId, Case> latest() {
        Map<CaseId, Case> latest = new LinkedHashMap<>();
        for (CaseChange change : accepted) {
            latest.put(change.caseId(), change.result());
        }
        return latest;
    }
}
