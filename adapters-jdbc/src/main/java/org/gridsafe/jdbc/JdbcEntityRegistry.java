package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.DuplicateCreditCodeException;
import org.gridsafe.registry.EntityAlreadyExistsException;
import org.gridsafe.registry.EntityDecision;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.EntityVersionConflictException;
import org.gridsafe.registry.RecordedEntityEvent;
import org.gridsafe.registry.SupervisedEntity;

/**
 * The entity registry in the database: {@code supervised_entity} (current state, one row per entity)
 * and {@code supervised_entity_event} (every version), written in one transaction. A new entity is an
 * INSERT; a change is an UPDATE guarded by the expected version, so of two concurrent writers one
 * wins and the other gets {@link EntityVersionConflictException}. Searches narrow by SQL on the grid
 * subtree, kind, status and risk level, then apply {@link EntityQuery#matches} and order by id in Java
 * (the same order on every database, whatever its collation).
 */
final class JdbcEntityRegistry implements EntityRegistry {

    private static final String COLUMNS = "entity";

    private final Transactions tx;
    private final EntityJson json;

    JdbcEntityRegistry(Transactions tx, EntityJson json) {
        this.tx = tx;
        this.json = json;
    }

    @Override
    public Optional<SupervisedEntity> find(EntityId id) {
        return tx.autoCommit(
                "find entity " + id,
                c -> one(c, "SELECT " + COLUMNS + " FROM supervised_entity WHERE id = ?", id.value()));
    }

    @Override
    public Optional<SupervisedEntity> findByCreditCode(UnifiedSocialCreditCode code) {
        return tx.autoCommit(
                "find entity by credit code",
                c -> one(c, "SELECT " + COLUMNS + " FROM supervised_entity WHERE credit_code = ?", code.value()));
    }

    @Override
    public List<RecordedEntityEvent> history(EntityId id) {
        return tx.autoCommit("read the history of entity " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, actor_id, recorded_at, reason, payload"
                    + " FROM supervised_entity_event WHERE entity_id = ? ORDER BY version")) {
                ps.setString(1, id.value());
                List<RecordedEntityEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new RecordedEntityEvent(
                                id,
                                rs.getLong(1),
                                json.event(rs.getString(5)),
                                rs.getString(2),
                                Instant.parse(rs.getString(3)),
                                rs.getString(4)));
                    }
                }
                return events;
            }
        });
    }

    @Override
    public void append(EntityDecision decision) {
        SupervisedEntity entity = decision.entity();
        Optional<String> code = entity.profile().creditCode().map(UnifiedSocialCreditCode::value);
        try {
            tx.inTransaction("append to entity " + entity.id(), c -> {
                if (code.isPresent()) {
                    refuseTakenCode(c, code.get(), entity.id());
                }
                if (decision.expectedVersion() == 0) {
                    if (exists(c, entity.id())) {
                        throw new EntityAlreadyExistsException("entity " + entity.id() + " is already registered");
                    }
                    insert(c, entity, code);
                } else if (!update(c, entity, code, decision.expectedVersion())) {
                    throw new EntityVersionConflictException("entity " + entity.id() + " is no longer at version "
                            + decision.expectedVersion() + "; another change came first");
                }
                for (RecordedEntityEvent e : decision.events()) {
                    insertEvent(c, e);
                }
                return null;
            });
        } catch (StorageConstraintException raced) {
            // A concurrent transaction took the id, the code or the version between our checks and our write.
            classifyRace(entity, code, decision.expectedVersion(), raced);
        }
    }

    @Override
    public void appendAll(List<EntityDecision> batch) {
        EntityDecision.refuseDuplicatesWithin(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            tx.inTransaction("append a batch of " + batch.size() + " entities", c -> {
                for (EntityDecision decision : batch) {
                    SupervisedEntity entity = decision.entity();
                    Optional<String> code = entity.profile().creditCode().map(UnifiedSocialCreditCode::value);
                    if (code.isPresent()) {
                        Optional<String> holder = holderOf(c, code.get(), entity.id());
                        if (holder.isPresent()) {
                            throw new DuplicateCreditCodeException(
                                    "creditCode: " + code.get() + " of entity " + entity.id()
                                            + " is already registered for entity " + holder.get(),
                                    entity.id());
                        }
                    }
                    if (decision.expectedVersion() == 0) {
                        if (exists(c, entity.id())) {
                            throw new EntityAlreadyExistsException(
                                    "id: entity " + entity.id() + " is already registered", entity.id());
                        }
                        insert(c, entity, code);
                    } else if (!update(c, entity, code, decision.expectedVersion())) {
                        throw new EntityVersionConflictException(
                                "version: entity " + entity.id() + " is no longer at version "
                                        + decision.expectedVersion() + "; another change came first",
                                entity.id());
                    }
                    for (RecordedEntityEvent e : decision.events()) {
                        insertEvent(c, e);
                    }
                }
                return null;
            });
        } catch (StorageConstraintException raced) {
            // A concurrent transaction took an id, a code or a version between our checks and our
            // writes; the whole batch was rolled back. Name the first entity the store now refuses.
            for (EntityDecision decision : batch) {
                SupervisedEntity entity = decision.entity();
                Optional<UnifiedSocialCreditCode> code = entity.profile().creditCode();
                if (code.isPresent()) {
                    Optional<SupervisedEntity> holder = findByCreditCode(code.get());
                    if (holder.isPresent() && !holder.get().id().equals(entity.id())) {
                        throw new DuplicateCreditCodeException(
                                "creditCode: " + code.get() + " of entity " + entity.id()
                                        + " is already registered for entity "
                                        + holder.get().id(),
                                entity.id());
                    }
                }
                Optional<SupervisedEntity> now = find(entity.id());
                long version = now.map(SupervisedEntity::version).orElse(0L);
                if (decision.expectedVersion() == 0 && now.isPresent()) {
                    throw new EntityAlreadyExistsException(
                            "id: entity " + entity.id() + " is already registered", entity.id());
                }
                if (version != decision.expectedVersion()) {
                    throw new EntityVersionConflictException(
                            "version: entity " + entity.id() + " is at version " + version + ", not "
                                    + decision.expectedVersion() + "; another change came first",
                            entity.id());
                }
            }
            EntityVersionConflictException conflict = new EntityVersionConflictException(
                    "another change came first to an entity of the batch; nothing of it was written: reload and"
                            + " decide again");
            conflict.initCause(raced);
            throw conflict;
        }
    }

    private void classifyRace(
            SupervisedEntity entity, Optional<String> code, long expected, StorageConstraintException raced) {
        if (code.isPresent()) {
            Optional<SupervisedEntity> holder =
                    findByCreditCode(entity.profile().creditCode().get());
            if (holder.isPresent() && !holder.get().id().equals(entity.id())) {
                throw new DuplicateCreditCodeException("creditCode: " + code.get()
                        + " is already registered for entity " + holder.get().id());
            }
        }
        if (expected == 0 && find(entity.id()).isPresent()) {
            throw new EntityAlreadyExistsException("entity " + entity.id() + " is already registered");
        }
        EntityVersionConflictException conflict = new EntityVersionConflictException(
                "entity " + entity.id() + ": another change came first; reload it and decide again");
        conflict.initCause(raced);
        throw conflict;
    }

    @Override
    public List<SupervisedEntity> search(EntityQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM supervised_entity WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        query.within().ifPresent(g -> {
            // A grid code's prefix is its ancestors' codes, so the subtree is a prefix match.
            sql.append(" AND grid_code LIKE ?");
            args.add(g.value() + "%");
        });
        query.kind().ifPresent(k -> {
            sql.append(" AND kind = ?");
            args.add(k.name());
        });
        query.status().ifPresent(s -> {
            sql.append(" AND status = ?");
            args.add(s.name());
        });
        query.riskLevel().ifPresent(r -> {
            sql.append(" AND risk_level = ?");
            args.add(r.name());
        });
        return tx.autoCommit("search entities", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                List<SupervisedEntity> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SupervisedEntity e = json.entity(rs.getString(1));
                        if (query.matches(e)) {
                            found.add(e);
                        }
                    }
                }
                found.sort(Comparator.comparing(SupervisedEntity::id));
                return List.copyOf(found.subList(0, Math.min(found.size(), query.limit())));
            }
        });
    }

    private Optional<SupervisedEntity> one(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(json.entity(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private static Optional<String> holderOf(Connection c, String code, EntityId id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id FROM supervised_entity WHERE credit_code = ? AND id <> ?")) {
            ps.setString(1, code);
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void refuseTakenCode(Connection c, String code, EntityId id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id FROM supervised_entity WHERE credit_code = ? AND id <> ?")) {
            ps.setString(1, code);
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new DuplicateCreditCodeException(
                            "creditCode: " + code + " is already registered for entity " + rs.getString(1));
                }
            }
        }
    }

    private static boolean exists(Connection c, EntityId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM supervised_entity WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void insert(Connection c, SupervisedEntity e, Optional<String> code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO supervised_entity (kind, version, status,"
                        + " grid_code, credit_code, name, risk_level, updated_at, entity, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, e, code);
            ps.executeUpdate();
        }
    }

    private boolean update(Connection c, SupervisedEntity e, Optional<String> code, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE supervised_entity SET kind = ?, version = ?,"
                + " status = ?, grid_code = ?, credit_code = ?, name = ?, risk_level = ?, updated_at = ?, entity = ?"
                + " WHERE id = ? AND version = ?")) {
            bind(ps, e, code);
            ps.setLong(11, expected);
            return ps.executeUpdate() == 1;
        }
    }

    private void bind(PreparedStatement ps, SupervisedEntity e, Optional<String> code) throws SQLException {
        ps.setString(1, e.kind().name());
        ps.setLong(2, e.version());
        ps.setString(3, e.status().name());
        ps.setString(4, e.grid().grid().value());
        ps.setString(5, code.orElse(null));
        ps.setString(6, e.profile().name());
        ps.setString(7, e.riskLevel().map(Enum::name).orElse(null));
        ps.setString(8, e.updatedAt().toString());
        ps.setString(9, json.entity(e));
        ps.setString(10, e.id().value());
    }

    private void insertEvent(Connection c, RecordedEntityEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supervised_entity_event (entity_id, version,"
                + " event_type, actor_id, recorded_at, reason, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.entityId().value());
            ps.setLong(2, e.version());
            ps.setString(3, e.event().type());
            ps.setString(4, e.actorId());
            ps.setString(5, e.at().toString());
            ps.setString(6, e.reason());
            ps.setString(7, json.event(e.event()));
            ps.executeUpdate();
        }
    }
}
