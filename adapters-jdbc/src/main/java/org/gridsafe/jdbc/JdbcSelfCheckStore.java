package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.RecordedSelfCheckEvent;
import org.gridsafe.selfcheck.ReturnAlreadyFiledException;
import org.gridsafe.selfcheck.RunAlreadyExistsException;
import org.gridsafe.selfcheck.SelfCheckDecision;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;
import org.gridsafe.selfcheck.StatisticsReturn;

/**
 * Self-inspections in the database: {@code selfcheck_plan}, {@code selfcheck_run} (current row),
 * {@code selfcheck_run_event} (every version) and {@code selfcheck_return}. A run is read by replaying
 * its events. A change is an UPDATE guarded by the expected version, in the transaction that inserts
 * its events; a new plan, run or return is an INSERT whose primary key refuses a second.
 */
final class JdbcSelfCheckStore implements SelfCheckStore {

    private static final int ATTEMPTS = 5;

    private final Transactions tx;
    private final SelfCheckJson json = new SelfCheckJson();

    JdbcSelfCheckStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<SelfCheckPlanRecord> findPlan(SelfCheckPlanId id) {
        return tx.autoCommit("find self-inspection plan " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT record FROM selfcheck_plan WHERE id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(json.plan(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The save's instant in epoch milliseconds, for the self-inspection indicators' SQL (schema version 32). */
    static boolean savedAt(Connection c, String id, SelfCheckPlanRecord plan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE selfcheck_plan SET saved_at_ms = ? WHERE id = ?")) {
            ps.setLong(1, plan.savedAt().toEpochMilli());
            ps.setString(2, id);
            ps.executeUpdate();
            return true;
        }
    }

    @Override
    public List<SelfCheckPlanRecord> plansOf(EntityId entity) {
        return tx.autoCommit("list self-inspection plans of " + entity, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT record FROM selfcheck_plan WHERE entity_id = ? ORDER BY id")) {
                ps.setString(1, entity.value());
                List<SelfCheckPlanRecord> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(json.plan(rs.getString(1)));
                    }
                }
                return all;
            }
        });
    }

    @Override
    public List<EntityId> entitiesWithPlans() {
        return tx.autoCommit("list entities with self-inspection plans", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT DISTINCT entity_id FROM selfcheck_plan ORDER BY entity_id")) {
                List<EntityId> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(EntityId.of(rs.getString(1)));
                    }
                }
                return all;
            }
        });
    }

    @Override
    public void savePlan(SelfCheckPlanRecord plan) {
        String id = plan.plan().id().value();
        boolean saved;
        try {
            saved = tx.inTransaction("save self-inspection plan " + id, c -> {
                if (plan.version() == 1) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO selfcheck_plan (id, entity_id, version, record) VALUES (?, ?, 1, ?)")) {
                        ps.setString(1, id);
                        ps.setString(2, plan.plan().entity().value());
                        ps.setString(3, json.plan(plan));
                        return ps.executeUpdate() == 1 && savedAt(c, id, plan);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE selfcheck_plan SET version = ?, entity_id = ?, record = ? WHERE id = ? AND version = ?")) {
                    ps.setLong(1, plan.version());
                    ps.setString(2, plan.plan().entity().value());
                    ps.setString(3, json.plan(plan));
                    ps.setString(4, id);
                    ps.setLong(5, plan.version() - 1);
                    return ps.executeUpdate() == 1 && savedAt(c, id, plan);
                }
            });
        } catch (StorageConstraintException taken) {
            saved = false;
        }
        if (!saved) {
            throw new SelfCheckVersionConflictException("plan " + id + " is no longer at version "
                    + (plan.version() - 1) + "; another save came first; reload it and save again");
        }
    }

    @Override
    public Optional<SelfCheckRun> find(SelfCheckRunId id) {
        List<RecordedSelfCheckEvent> history = history(id);
        return history.isEmpty() ? Optional.empty() : Optional.of(SelfCheckRun.replay(history));
    }

    @Override
    public List<RecordedSelfCheckEvent> history(SelfCheckRunId id) {
        return tx.autoCommit("read the history of self-inspection run " + id, c -> history(c, id));
    }

    private List<RecordedSelfCheckEvent> history(Connection c, SelfCheckRunId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, actor_id, recorded_at, payload"
                + " FROM selfcheck_run_event WHERE run_id = ? ORDER BY version")) {
            ps.setString(1, id.value());
            List<RecordedSelfCheckEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new RecordedSelfCheckEvent(
                            id,
                            rs.getLong(1),
                            json.event(rs.getString(4)),
                            rs.getString(2),
                            Instant.parse(rs.getString(3))));
                }
            }
            return events;
        }
    }

    @Override
    public void append(SelfCheckDecision decision) {
        SelfCheckRun run = decision.run();
        for (int attempt = 1; ; attempt++) {
            try {
                tx.inTransaction("append to self-inspection run " + run.id(), c -> {
                    if (decision.expectedVersion() == 0) {
                        if (exists(c, run.id())) {
                            throw new RunAlreadyExistsException("run " + run.id() + " is submitted already");
                        }
                        insert(c, run);
                    } else if (!update(c, run, decision.expectedVersion())) {
                        throw new SelfCheckVersionConflictException("run " + run.id() + " is no longer at version "
                                + decision.expectedVersion() + "; another change came first");
                    }
                    for (RecordedSelfCheckEvent e : decision.events()) {
                        insertEvent(c, e);
                    }
                    return null;
                });
                return;
            } catch (StorageConstraintException raced) {
                // A concurrent transaction took the id or the version between our check and our write.
                RuntimeException e = decision.expectedVersion() == 0
                        ? new RunAlreadyExistsException("run " + run.id() + " is submitted already")
                        : new SelfCheckVersionConflictException(
                                "run " + run.id() + ": another change came first; reload it and decide again");
                e.initCause(raced);
                throw e;
            } catch (StorageException serialization) {
                // H2 may refuse an UPDATE that waited on a row another transaction changed: it lost the race.
                if (isConcurrentUpdate(serialization)) {
                    if (attempt < ATTEMPTS && decision.expectedVersion() == 0) {
                        continue;
                    }
                    SelfCheckVersionConflictException e = new SelfCheckVersionConflictException(
                            "run " + run.id() + ": another change came first; reload it and decide again");
                    e.initCause(serialization);
                    throw e;
                }
                throw serialization;
            }
        }
    }

    private static boolean isConcurrentUpdate(StorageException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s
                    && ("90131".equals(s.getSQLState())
                            || "40001".equals(s.getSQLState())
                            || "HYT00".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean exists(Connection c, SelfCheckRunId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM selfcheck_run WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, SelfCheckRun run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO selfcheck_run (id, entity_id, submitted_at, state, version) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, run.id().value());
            ps.setString(2, run.submitted().entity().value());
            ps.setString(3, run.submittedAt().toString());
            ps.setString(4, run.state().name());
            ps.setLong(5, run.version());
            ps.executeUpdate();
        }
    }

    private static boolean update(Connection c, SelfCheckRun run, long expected) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE selfcheck_run SET state = ?, version = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, run.state().name());
            ps.setLong(2, run.version());
            ps.setString(3, run.id().value());
            ps.setLong(4, expected);
            return ps.executeUpdate() == 1;
        }
    }

    private void insertEvent(Connection c, RecordedSelfCheckEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO selfcheck_run_event"
                + " (run_id, version, event_type, actor_id, recorded_at, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.run().value());
            ps.setLong(2, e.version());
            ps.setString(3, e.event().type());
            ps.setString(4, e.actorId());
            ps.setString(5, e.at().toString());
            ps.setString(6, json.event(e.event()));
            ps.executeUpdate();
        }
    }

    @Override
    public List<SelfCheckRun> runsOf(EntityId entity) {
        // Instants are written as ISO text of millisecond precision by the service, but order by the
        // parsed instant so text of another precision cannot misorder them.
        List<SelfCheckRunId> ids = tx.autoCommit("list self-inspection runs of " + entity, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM selfcheck_run WHERE entity_id = ?")) {
                ps.setString(1, entity.value());
                List<SelfCheckRunId> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(SelfCheckRunId.of(rs.getString(1)));
                    }
                }
                return all;
            }
        });
        List<SelfCheckRun> runs = new ArrayList<>();
        for (SelfCheckRunId id : ids) {
            find(id).ifPresent(runs::add);
        }
        runs.sort(java.util.Comparator.comparing(SelfCheckRun::submittedAt)
                .reversed()
                .thenComparing(SelfCheckRun::id));
        return runs;
    }

    @Override
    public Optional<StatisticsReturn> findReturn(EntityId entity, ReturnPeriod period) {
        return tx.autoCommit("find the return of " + entity + " for " + period, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT record FROM selfcheck_return WHERE entity_id = ? AND period = ?")) {
                ps.setString(1, entity.value());
                ps.setString(2, period.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(json.filing(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<StatisticsReturn> returnsOf(EntityId entity) {
        List<StatisticsReturn> all = tx.autoCommit("list the returns of " + entity, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT record FROM selfcheck_return WHERE entity_id = ?")) {
                ps.setString(1, entity.value());
                List<StatisticsReturn> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(json.filing(rs.getString(1)));
                    }
                }
                return found;
            }
        });
        all.sort(java.util.Comparator.comparing(StatisticsReturn::period));
        return all;
    }

    @Override
    public void fileReturn(StatisticsReturn filing) {
        try {
            tx.inTransaction("file the return of " + filing.entity() + " for " + filing.period(), c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT 1 FROM selfcheck_return WHERE entity_id = ? AND period = ?")) {
                    ps.setString(1, filing.entity().value());
                    ps.setString(2, filing.period().toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            throw new ReturnAlreadyFiledException("the return of " + filing.entity() + " for "
                                    + filing.period() + " is filed already");
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO selfcheck_return (entity_id, period, record) VALUES (?, ?, ?)")) {
                    ps.setString(1, filing.entity().value());
                    ps.setString(2, filing.period().toString());
                    ps.setString(3, json.filing(filing));
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StorageConstraintException raced) {
            ReturnAlreadyFiledException e = new ReturnAlreadyFiledException(
                    "the return of " + filing.entity() + " for " + filing.period() + " is filed already");
            e.initCause(raced);
            throw e;
        }
    }
}
