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
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.patrol.OccurrenceAlreadyExistsException;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.PatrolVersionConflictException;
import org.gridsafe.patrol.PlanRecord;
import org.gridsafe.patrol.ProposalAcceptance;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.port.PatrolStore;

/**
 * Patrols in the database: {@code patrol_plan}, {@code patrol_occurrence} (current state) and
 * {@code patrol_occurrence_event} (every version), an occurrence and its versions in one transaction.
 * A change is an UPDATE guarded by the expected version, so of two concurrent writers one wins and the
 * other gets {@link PatrolVersionConflictException}. Searches narrow by SQL on grid subtree, assignee,
 * plan, state and window end, then apply {@link PatrolQuery#matches} and order by id in Java (the same
 * order on every database, whatever its collation).
 */
final class JdbcPatrolStore implements PatrolStore {

    private final Transactions tx;
    private final PatrolJson json = new PatrolJson();

    JdbcPatrolStore(Transactions tx) {
        this.tx = tx;
    }

    /** The track points and days of the same database, so a host that wires this store keeps them too. */
    @Override
    public Optional<org.gridsafe.port.PatrolTrackStore> trackStore() {
        return Optional.of(new JdbcPatrolTrackStore(tx));
    }

    @Override
    public Optional<PlanRecord> findPlan(PatrolPlanId id) {
        return tx.autoCommit("find patrol plan " + id, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT version, actor_id, saved_at, plan FROM patrol_plan WHERE id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(plan(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<PlanRecord> plans() {
        return tx.autoCommit("list patrol plans", c -> {
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT version, actor_id, saved_at, plan FROM patrol_plan");
                    ResultSet rs = ps.executeQuery()) {
                List<PlanRecord> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(plan(rs));
                }
                all.sort(Comparator.comparing(p -> p.plan().id()));
                return all;
            }
        });
    }

    private PlanRecord plan(ResultSet rs) throws SQLException {
        return new PlanRecord(
                json.plan(rs.getString(4)), rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)));
    }

    @Override
    public void savePlan(PlanRecord plan) {
        String id = plan.plan().id().value();
        try {
            boolean saved = tx.inTransaction("save patrol plan " + id, c -> {
                if (plan.version() == 1) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO patrol_plan (version, grid_code,"
                            + " actor_id, saved_at, plan, id) VALUES (?, ?, ?, ?, ?, ?)")) {
                        bindPlan(ps, plan);
                        return ps.executeUpdate() == 1;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE patrol_plan SET version = ?, grid_code = ?,"
                        + " actor_id = ?, saved_at = ?, plan = ? WHERE id = ? AND version = ?")) {
                    bindPlan(ps, plan);
                    ps.setLong(7, plan.version() - 1);
                    return ps.executeUpdate() == 1;
                }
            });
            if (!saved) {
                throw planConflict(plan, null);
            }
        } catch (StorageConstraintException taken) {
            throw planConflict(plan, taken);
        }
    }

    private static PatrolVersionConflictException planConflict(PlanRecord plan, Throwable cause) {
        PatrolVersionConflictException e = new PatrolVersionConflictException("plan "
                + plan.plan().id() + " is no longer at version " + (plan.version() - 1) + "; reload it and save again");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private void bindPlan(PreparedStatement ps, PlanRecord plan) throws SQLException {
        ps.setLong(1, plan.version());
        ps.setString(2, plan.plan().grid().value());
        ps.setString(3, plan.actorId());
        ps.setString(4, plan.savedAt().toString());
        ps.setString(5, json.plan(plan.plan()));
        ps.setString(6, plan.plan().id().value());
    }

    @Override
    public Optional<PatrolOccurrence> find(OccurrenceId id) {
        return tx.autoCommit("find patrol occurrence " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT occurrence FROM patrol_occurrence WHERE id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(json.occurrence(rs.getString(1), hash -> storedMedia(c, hash)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<RecordedPatrolEvent> history(OccurrenceId id) {
        return tx.autoCommit("read the history of patrol occurrence " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, actor_id, recorded_at, payload"
                    + " FROM patrol_occurrence_event WHERE occurrence_id = ? ORDER BY version")) {
                ps.setString(1, id.value());
                List<RecordedPatrolEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new RecordedPatrolEvent(
                                id,
                                rs.getLong(1),
                                json.event(rs.getString(4), hash -> storedMedia(c, hash)),
                                rs.getString(2),
                                Instant.parse(rs.getString(3))));
                    }
                }
                return events;
            }
        });
    }

    @Override
    public void append(PatrolDecision decision) {
        PatrolOccurrence o = decision.occurrence();
        try {
            tx.inTransaction("append to patrol occurrence " + o.id(), c -> {
                if (decision.expectedVersion() == 0) {
                    if (exists(c, o.id())) {
                        throw new OccurrenceAlreadyExistsException("occurrence " + o.id() + " is scheduled already");
                    }
                    insert(c, o);
                } else if (!update(c, o, decision.expectedVersion())) {
                    throw new PatrolVersionConflictException("occurrence " + o.id() + " is no longer at version "
                            + decision.expectedVersion() + "; another change came first");
                }
                for (RecordedPatrolEvent e : decision.events()) {
                    insertEvent(c, e);
                }
                return null;
            });
        } catch (StorageConstraintException raced) {
            // A concurrent transaction took the id or the version between our check and our write.
            if (decision.expectedVersion() == 0) {
                OccurrenceAlreadyExistsException e =
                        new OccurrenceAlreadyExistsException("occurrence " + o.id() + " is scheduled already");
                e.initCause(raced);
                throw e;
            }
            PatrolVersionConflictException e = new PatrolVersionConflictException(
                    "occurrence " + o.id() + ": another change came first; reload it and decide again");
            e.initCause(raced);
            throw e;
        }
    }

    @Override
    public Optional<ProposalAcceptance> findAcceptance(String id) {
        return tx.autoCommit("find accepted plan proposal " + id, c -> readAcceptance(c, id));
    }

    private Optional<ProposalAcceptance> readAcceptance(Connection c, String id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT acceptance FROM patrol_proposal_acceptance WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(json.acceptance(rs.getString(1))) : Optional.empty();
            }
        }
    }

    @Override
    public ProposalAcceptance saveAcceptance(ProposalAcceptance acceptance) {
        try {
            tx.inTransaction("save accepted plan proposal " + acceptance.id(), c -> {
                if (readAcceptance(c, acceptance.id()).isPresent()) {
                    return false;
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO patrol_proposal_acceptance (id,"
                        + " grid_code, accepted_by, accepted_at, acceptance) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, acceptance.id());
                    ps.setString(2, acceptance.request().grid().value());
                    ps.setString(3, acceptance.acceptedBy());
                    ps.setString(4, acceptance.acceptedAt().toString());
                    ps.setString(5, json.acceptance(acceptance));
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (StorageConstraintException raced) {
            // another acceptance of the same subtree and period committed first: it is the one held
        }
        return findAcceptance(acceptance.id()).orElseThrow();
    }

    @Override
    public List<PatrolOccurrence> search(PatrolQuery query) {
        StringBuilder sql = new StringBuilder("SELECT occurrence FROM patrol_occurrence WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        query.within().ifPresent(g -> {
            // A grid code's prefix is its ancestors' codes, so the subtree is a prefix match.
            sql.append(" AND grid_code LIKE ?");
            args.add(g.value() + "%");
        });
        query.assignee().ifPresent(a -> {
            sql.append(" AND assignee = ?");
            args.add(a);
        });
        query.plan().ifPresent(p -> {
            sql.append(" AND plan_id = ?");
            args.add(p.value());
        });
        if (!query.states().isEmpty()) {
            sql.append(" AND state IN (");
            int n = 0;
            for (OccurrenceState s : query.states()) {
                sql.append(n++ == 0 ? "?" : ", ?");
                args.add(s.name());
            }
            sql.append(')');
        }
        query.windowEndsBefore().ifPresent(t -> {
            // Millisecond floor: the exact comparison is repeated in matches().
            sql.append(" AND window_end_ms <= ?");
            args.add(t.toEpochMilli());
        });
        return tx.autoCommit("search patrol occurrences", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<PatrolOccurrence> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PatrolOccurrence o = json.occurrence(rs.getString(1), hash -> storedMedia(c, hash));
                        if (query.matches(o)) {
                            found.add(o);
                        }
                    }
                }
                found.sort(Comparator.comparing(PatrolOccurrence::id));
                return List.copyOf(found.subList(0, Math.min(found.size(), query.limit())));
            }
        });
    }

    private static boolean exists(Connection c, OccurrenceId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM patrol_occurrence WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void insert(Connection c, PatrolOccurrence o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patrol_occurrence (plan_id, entity_id, grid_code,"
                + " assignee, state, window_end_ms, version, updated_at, occurrence, id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, o);
            ps.executeUpdate();
        }
    }

    private boolean update(Connection c, PatrolOccurrence o, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE patrol_occurrence SET plan_id = ?, entity_id = ?,"
                + " grid_code = ?, assignee = ?, state = ?, window_end_ms = ?, version = ?, updated_at = ?,"
                + " occurrence = ? WHERE id = ? AND version = ?")) {
            bind(ps, o);
            ps.setLong(11, expected);
            return ps.executeUpdate() == 1;
        }
    }

    private void bind(PreparedStatement ps, PatrolOccurrence o) throws SQLException {
        ps.setString(1, o.scheduled().plan().value());
        ps.setString(2, o.scheduled().entity().value());
        ps.setString(3, o.scheduled().grid().value());
        ps.setString(4, o.assignee());
        ps.setString(5, o.state().name());
        ps.setLong(6, o.scheduled().windowEnd().toEpochMilli());
        ps.setLong(7, o.version());
        ps.setString(8, o.updatedAt().toString());
        ps.setString(9, json.occurrence(o));
        ps.setString(10, o.id().value());
    }

    private void insertEvent(Connection c, RecordedPatrolEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patrol_occurrence_event (occurrence_id, version,"
                + " event_type, actor_id, recorded_at, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.occurrenceId().value());
            ps.setLong(2, e.version());
            ps.setString(3, e.event().type());
            ps.setString(4, e.actorId());
            ps.setString(5, e.at().toString());
            ps.setString(6, json.event(e.event()));
            ps.executeUpdate();
        }
    }

    /**
     * The reference of a file in this database's {@code media_object} table, read on the
     * connection at hand: how the string photos of older documents are converted.
     */
    private static Optional<MediaReference> storedMedia(Connection c, MediaHash hash) {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT media_type, size_bytes FROM media_object WHERE hash = ?")) {
            ps.setString(1, hash.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MediaReference(hash, MediaType.valueOf(rs.getString(1)), rs.getLong(2)));
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw new StorageException("cannot look up media " + hash + " for an older patrol document", e);
        }
    }
}
