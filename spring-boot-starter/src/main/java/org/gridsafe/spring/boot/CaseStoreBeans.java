package org.gridsafe.spring.boot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;

/**
 * The JDBC adapter's case store is one object serving both ports; published as it is, a lookup of
 * either type would find two beans. Each bean is therefore a view that implements one port only.
 */
final class CaseStoreBeans {

    private CaseStoreBeans() {}

    static CaseStore writeSide(CaseStore store) {
        return new WriteSide(store);
    }

    static CaseQueries readSide(CaseQueries queries) {
        return new ReadSide(queries);
    }

    private record WriteSide(CaseStore store) implements CaseStore {
        WriteSide {
            Objects.requireNonNull(store, "store");
        }

        @Override
        public List<RecordedEvent> load(CaseId caseId) {
            return store.load(caseId);
        }

        @Override
        public void append(CaseChange change) {
            store.append(change);
        }

        @Override
        public boolean durable() {
            return store.durable();
        }
    }

    private record ReadSide(CaseQueries queries) implements CaseQueries {
        ReadSide {
            Objects.requireNonNull(queries, "queries");
        }

        @Override
        public Optional<Case> find(CaseId caseId) {
            return queries.find(caseId);
        }

        @Override
        public CasePage find(CaseQuery query) {
            return queries.find(query);
        }

        @Override
        public List<Case> findByOriginOccurrence(String occurrence) {
            return queries.findByOriginOccurrence(occurrence);
        }

        @Override
        public Optional<Case> findByOrigin(CaseOrigin origin) {
            return queries.findByOrigin(origin);
        }
    }
}
