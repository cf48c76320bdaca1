package org.gridsafe.port;

import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.registry.EntityDecision;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.RecordedEntityEvent;
import org.gridsafe.registry.SupervisedEntity;

/**
 * Where supervised entities and their histories are kept. An append is all or nothing: the new
 * versions and the entity they lead to are written together, or nothing is.
 */
public interface EntityRegistry {

    /** The entity as it is now. */
    Optional<SupervisedEntity> find(EntityId id);

    /** The entity holding {@code code}, if any (a code belongs to one entity). */
    Optional<SupervisedEntity> findByCreditCode(UnifiedSocialCreditCode code);

    /** Every version of the entity's history, oldest first; empty if there is no such entity. */
    List<RecordedEntityEvent> history(EntityId id);

    /**
     * Writes a decision if the entity is still at {@link EntityDecision#expectedVersion()} (0: it
     * does not exist yet).
     *
     * @throws org.gridsafe.registry.EntityVersionConflictException when another writer got there first
     * @throws org.gridsafe.registry.EntityAlreadyExistsException when a registration's id is taken
     * @throws org.gridsafe.registry.DuplicateCreditCodeException when another entity holds the credit code
     */
    void append(EntityDecision decision);

    /** The entities {@code query} matches, in id order, at most {@code query.limit()}. */
    List<SupervisedEntity> search(EntityQuery query);
}
