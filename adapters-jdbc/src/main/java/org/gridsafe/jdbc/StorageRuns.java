package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gridsafe.casework.AuditResult;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;

/**
 * Runs of a server on the database and the start-up check. Every append stamps the case row with
 * the current run ({@code case_view.written_run}); a clean stop sets its rows to 0 ("known good"),
 * and so does a check that found a row good (guarded by the row's version, so a row rewritten
 * meanwhile keeps its stamp). A start checks every row not known good: the cases written since
 * the last clean stop of every run (and, with several nodes, those of nodes still running).
 */
final class StorageRuns {

    static final int PROBLEMS_KEPT = 20;
    private static final int PAGE = 200;

    private final Transactions tx;
    private final JsonCodec json;
    private final AtomicLong current = new AtomicLong();

    StorageRuns(Transactions tx, JsonCodec json) {
        this.tx = tx;
        this.json = json;
    }

    /** The run appends are stamped with; 0 when no run was started (rows are then stamped unknown). */
    long current() {
        return current.get();
    }

    JdbcGridSafeStorage.StartCheck start(boolean checkAll) {
        if (current.get() != 0) {
            throw new IllegalStateException("run " + current.get() + " is already started");
        }
        List<String> problems = new ArrayList<>();
        long damaged = 0;
        long checked = 0;
        String after = "";
        while (true) {
            String from = after;
            List<Checked> page = tx.inSnapshot("check stored cases", c -> checkPage(c, checkAll, from));
            if (page.isEmpty()) {
                break;
            }
            List<Checked> good = new ArrayList<>();
            for (Checked row : page) {
                checked++;
                if (row.problem() == null) {
                    good.add(row);
                } else {
                    damaged++;
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add("case " + row.caseId() + ": " + row.problem());
                    }
                }
            }
            markGood(good);
            after = page.get(page.size() - 1).caseId();
        }
        if (checkAll) {
            for (String orphan : tx.autoCommit("look for events without a case", StorageRuns::orphanedLogs)) {
                checked++;
                damaged++;
                if (problems.size() < PROBLEMS_KEPT) {
                    problems.add("case " + orphan + ": events without a projection row");
                }
            }
        }
        if (damaged > 0) {
            throw new StorageDamagedException(
                    "the stored cases are damaged (" + damaged + " damaged among " + checked + " checked): "
                            + problems.get(0)
                            + (damaged > 1 ? " (and " + (damaged - 1) + " more)" : "")
                            + "; refusing to serve: restore the database from a backup",
                    problems);
        }
        long run = tx.inTransaction("record the start of a run", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO storage_run (started_at) VALUES (CURRENT_TIMESTAMP)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        if (!current.compareAndSet(0, run)) {
            throw new IllegalStateException("a run was started twice at once");
        }
        return new JdbcGridSafeStorage.StartCheck(run, checked, checkAll);
    }

    void stop() {
        long run = current.get();
        if (run == 0) {
            return;
        }
        int marked;
        do {
            marked = tx.inTransaction("mark the run's cases good", c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE case_view SET written_run = 0 WHERE case_id IN (SELECT case_id FROM case_view"
                                + " WHERE written_run = ? ORDER BY case_id LIMIT " + JdbcGridSafeStorage.PURGE_BATCH
                                + ")")) {
                    ps.setLong(1, run);
                    return ps.executeUpdate();
                }
            });
        } while (marked == JdbcGridSafeStorage.PURGE_BATCH);
        tx.inTransaction("record a clean stop", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE storage_run SET stopped_at = CURRENT_TIMESTAMP WHERE run_id = ?")) {
                ps.setLong(1, run);
                return ps.executeUpdate();
            }
        });
        current.set(0);
    }

    /** A checked case row: its version and what is wrong ({@code null} if nothing). */
    private record Checked(String caseId, long version, String problem) {}

    private List<Checked> checkPage(Connection c, boolean checkAll, String after) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, version, snapshot_version, snapshot"
                + " FROM case_view WHERE " + (checkAll ? "1 = 1" : "(written_run IS NULL OR written_run <> 0)")
                + " AND case_id > ? ORDER BY case_id LIMIT " + PAGE)) {
            ps.setString(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        List<Checked> checked = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            long version = Long.parseLong(row[1]);
            checked.add(new Checked(row[0], version, problemOf(c, row[0], version, Integer.parseInt(row[2]), row[3])));
        }
        return checked;
    }

    /** What is wrong with one case, or {@code null}. */
    private String problemOf(Connection c, String id, long version, int snapshotVersion, String snapshot)
            throws SQLException {
        List<RecordedEvent> events;
        try {
            events = JdbcCaseStore.loadEvents(c, json, CaseId.of(id));
        } catch (RuntimeException unreadable) {
            return "an event cannot be read (" + unreadable.getMessage() + ")";
        }
        if (events.isEmpty()) {
            return "a projection row at version " + version + " but no events";
        }
        AuditResult audit = CaseAudit.verify(events);
        if (!audit.intact()) {
            return "the hash chain is broken at version "
                    + audit.firstBrokenVersion().orElse(0L) + " ("
                    + audit.problem().orElse("") + ")";
        }
        long logVersion = events.get(events.size() - 1).version();
        if (logVersion != version) {
            return "the projection is at version " + version + ", the log at " + logVersion;
        }
        Case replayed;
        try {
            replayed = Case.replay(events);
        } catch (RuntimeException notReplayable) {
            return "the log does not replay (" + notReplayable.getMessage() + ")";
        }
        if (snapshotVersion == CaseSnapshot.VERSION) {
            Case projected;
            try {
                projected = json.decodeCase(snapshot);
            } catch (RuntimeException unreadable) {
                return "the projection cannot be read (" + unreadable.getMessage() + ")";
            }
            if (!projected.equals(replayed)) {
                return "the projection differs from the replayed log";
            }
        }
        return null;
    }

    /** Stamps rows known good, unless they were written since they were checked. */
    private void markGood(List<Checked> good) {
        if (good.isEmpty()) {
            return;
        }
        tx.inTransaction("mark checked cases good", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE case_view SET written_run = 0 WHERE case_id = ? AND version = ?")) {
                for (Checked row : good) {
                    ps.setString(1, row.caseId());
                    ps.setLong(2, row.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static List<String> orphanedLogs(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT e.case_id FROM case_event e WHERE NOT EXISTS"
                        + " (SELECT 1 FROM case_view v WHERE v.case_id = e.case_id) ORDER BY e.case_id LIMIT "
                        + PROBLEMS_KEPT);
                ResultSet rs = ps.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }
}
