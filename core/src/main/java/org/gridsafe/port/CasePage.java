package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;

/**
 * One page of a {@link CaseQuery}'s result, in case-id order.
 *
 * @param cases the cases on this page
 * @param next the cursor for the next page ({@link CaseQuery#after}); empty on the last page
 */
public record CasePage(List<Case> cases, Optional<CaseId> next) {

    public CasePage {
        cases = List.copyOf(cases);
    }
}
