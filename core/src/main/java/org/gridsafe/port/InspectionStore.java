package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionDecision;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.inspection.RecordedInspectionEvent;
import org.gridsafe.registry.EntityId;

/**
 * Where enforcement credentials, inspections and their histories are kept, with the count of each
 * enterprise's counted inspections per year. Every write is all or nothing and guarded by the version
 * the writer saw, so of two concurrent writers one wins and the other gets
 * {@link org.gridsafe.inspection.InspectionVersionConflictException}; an opening's cap slot is taken in
 * the same write, so of two openings racing for the last slot one is refused.
 */
public interface InspectionStore {

    /**
     * Registers {@code credential}, or replaces the one of the same number held by the same person.
     *
     * @throws org.gridsafe.inspection.InvalidInspectionException for field {@code number} when the number
     *     is registered to someone else
     */
    void saveCredential(EnforcementCredential credential);

    /** The credential of {@code number}. */
    Optional<EnforcementCredential> credential(String number);

    /** The credentials held by {@code holderId}, in number order. */
    List<EnforcementCredential> credentialsOf(String holderId);

    /** The inspection as it is now. */
    Optional<Inspection> find(InspectionId id);

    /** Every version of the inspection's history, oldest first; empty if there is no such inspection. */
    List<RecordedInspectionEvent> history(InspectionId id);

    /**
     * Writes a decision if the inspection is still at {@link InspectionDecision#expectedVersion()} (0: it
     * does not exist yet), taking the decision's cap slot if it has one.
     *
     * @throws org.gridsafe.inspection.InspectionVersionConflictException when another writer got there first
     * @throws org.gridsafe.inspection.InspectionAlreadyExistsException when an opening's id is taken
     * @throws org.gridsafe.inspection.InspectionCapExceededException when the slot's cap is reached
     */
    void append(InspectionDecision decision);

    /** How many counted inspections {@code entity} has in {@code year}. */
    int countedInspections(EntityId entity, int year);

    /** The inspections {@code query} matches, in id order, at most {@code query.limit()}. */
    List<Inspection> search(InspectionQuery query);
}
