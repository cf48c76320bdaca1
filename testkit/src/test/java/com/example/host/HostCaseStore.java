package com.example.host;

import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.MajorHazardReturnStore;
import org.gridsafe.port.Notifier;

/**
 * A host's own case store, as a host outside GridSafe's packages would write it: here it wraps the
 * in-memory store and counts the changes it was asked to append, which is enough to prove the kit
 * runs against a class it has never seen, through the public ports alone.
 */
final class HostCaseStore implements CaseStore, CaseQueries {

    private final InMemoryCaseStore delegate;
    private int appended;

    HostCaseStore(Notifier notifier) {
        this.delegate = new InMemoryCaseStore(notifier);
    }

    /** How many appends the workflow (and the contract) asked of this store. */
    synchronized int appended() {
        return appended;
    }

    @Override
    public List<RecordedEvent> load(CaseId caseId) {
        return delegate.load(caseId);
    }

    @Override
    public void append(CaseChange change) {
        synchronized (this) {
            appended++;
        }
        delegate.append(change);
    }

    @Override
    public boolean durable() {
        return delegate.durable();
    }

    @Override
    public Optional<MajorHazardReturnStore> majorHazardReturnStore() {
        return delegate.majorHazardReturnStore();
    }

    @Override
    public Optional<Case> find(CaseId caseId) {
        return delegate.find(caseId);
    }

    @Override
    public CasePage find(org.gridsafe.port.CaseQuery query) {
        return delegate.find(query);
    }

    @Override
    public List<Case> findByOriginOccurrence(String occurrence) {
        return delegate.findByOriginOccurrence(occurrence);
    }

    @Override
    public Optional<Case> findByOrigin(CaseOrigin origin) {
        return delegate.findByOrigin(origin);
    }
}
