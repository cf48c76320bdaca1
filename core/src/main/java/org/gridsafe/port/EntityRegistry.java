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

    /**
     * Writes every decision of {@code batch} in one transaction, or none of them: each is checked as
     * {@link #append} checks it, and a batch naming one entity twice, or two entities with one credit
     * code, is refused as well. Each decision stands for all of its entity's changes of the batch (a
     * registration and the assessment after it are one decision with two events). A refusal names
     * the entity of the batch it is about ({@link
     * org.gridsafe.registry.EntityRegistryException#entity()}) and its message the field ({@code
     * id}, {@code creditCode}, {@code version}). An empty batch writes nothing.
     *
     * @throws org.gridsafe.registry.EntityVersionConflictException when another writer changed one of
     *     the entities first
     * @throws org.gridsafe.registry.EntityAlreadyExistsException when a registration's id is taken or
     *     the batch names an entity twice
     * @throws org.gridsafe.registry.DuplicateCreditCodeException when another entity, stored or of the
     *     batch, holds a credit code of the batch
     */
    void appendAll(List<EntityDecision> batch);

    /** The entities {@code query} matches, in id order, at most {@code query.limit()}. */
    List<SupervisedEntity> search(EntityQuery query);
}
