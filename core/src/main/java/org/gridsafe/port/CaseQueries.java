package org.gridsafe.port;

import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;

/**
 * The read side: current cases by id and by filter. Reads reflect every change whose
 * {@link CaseStore#append} has returned.
 */
public interface CaseQueries {

    /** The case as it stands now. */
    Optional<Case> find(CaseId caseId);

    /** One page of the cases matching {@code query}, in case-id order. */
    CasePage find(CaseQuery query);
}
