package org.gridsafe.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseOrigin;

/**
 * The read side: current cases by id and by filter. Reads reflect every change whose
 * {@link CaseStore#append} has returned.
 */
public interface CaseQueries {

    /** The case as it stands now. */
    Optional<Case> find(CaseId caseId);

    /** One page of the cases matching {@code query}, in case-id order. */
    CasePage find(CaseQuery query);

    /**
     * The cases that came from the patrol occurrence {@code occurrence} ({@code Case.origin()}), in
     * case-id order. The default scans every case; the stores of this library answer from an index.
     */
    default List<Case> findByOriginOccurrence(String occurrence) {
        List<Case> found = new ArrayList<>();
        CaseQuery query = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = find(query);
            page.cases().stream()
                    .filter(c -> c.origin()
                            .map(o -> o.occurrence().equals(occurrence))
                            .orElse(false))
                    .forEach(found::add);
            if (page.next().isEmpty()) {
                return found;
            }
            query = query.after(page.next().get());
        }
    }

    /** The case that came from {@code origin}, if any (a store holds at most one per origin). */
    default Optional<Case> findByOrigin(CaseOrigin origin) {
        return findByOriginOccurrence(origin.occurrence()).stream()
                .filter(c -> c.origin().equals(Optional.of(origin)))
                .findFirst();
    }
}
