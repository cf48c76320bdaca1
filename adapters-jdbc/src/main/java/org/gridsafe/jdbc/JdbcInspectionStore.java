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
import org.gridsafe.inspection.CapSlot;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionAlreadyExistsException;
import org.gridsafe.inspection.InspectionCapExceededException;
import org.gridsafe.inspection.InspectionDecision;
import org.gridsafe.inspection.InspectionDocument;
import org.gridsafe.inspection.InspectionEvent;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.inspection.InspectionVersionConflictException;
import org.gridsafe.inspection.InvalidInspectionException;
import org.gridsafe.inspection.RecordedInspectionEvent;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.registry.EntityId;

/**
 * Inspections in the database: {@code enforcement_credential}, {@code inspection} (current row),
 * {@code inspection_event} (every version) and {@code inspection_cap_count}. An inspection is read by
 * replaying its events. A change is an UPDATE guarded by the expected version; an opening that counts
 * raises its enterprise's counter by {@code UPDATE ... WHERE counted < cap} in the same transaction,
 * so the database's row lock decides two openings racing for the last slot.
 */
final class JdbcInspectionStore implements InspectionStore {

    private static final int ATTEMPTS = 5;

    private final Transactions tx;
    private final InspectionJson json = new InspectionJson();

    JdbcInspectionStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void saveCredential(EnforcementCredential credential) {
        for (int attempt = 1; ; attempt++) {
            try {
                boolean saved = tx.inTransaction("save enforcement credential " + credential.number(), c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE enforcement_credential SET credential = ? WHERE number = ? AND holder_id = ?")) {
                        ps.setString(1, json.credential(credential));
                        ps.setString(2, credential.number());
                        ps.setString(3, credential.holderId());
                        if (ps.executeUpdate() == 1) {
                            return true;
                        }
                    }
                    if (credential(c, credential.number()).isPresent()) {
                        return false;
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO enforcement_credential (number, holder_id, credential) VALUES (?, ?, ?)")) {
                        ps.setString(1, credential.number());
                        ps.setString(2, credential.holderId());
                        ps.setString(3, json.credential(credential));
                        return ps.executeUpdate() == 1;
                    }
                });
                if (!saved) {
                    throw new InvalidInspectionException(
                            "number", "credential " + credential.number() + " is registered to someone else");
                }
                return;
            } catch (StorageConstraintException raced) {
                // Another registration of the number came first: decide again on what it wrote.
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    @Override
    public Optional<EnforcementCredential> credential(String number) {
        return tx.autoCommit("find enforcement credential " + number, c -> credential(c, number));
    }

    private Optional<EnforcementCredential> credential(Connection c, String number) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT credential FROM enforcement_credential WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(json.credential(rs.getString(1))) : Optional.empty();
            }
        }
    }

    @Override
    public List<EnforcementCredential> credentialsOf(String holderId) {
        return tx.autoCommit("list enforcement credentials of " + holderId, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT credential FROM enforcement_credential WHERE holder_id = ?")) {
                ps.setString(1, holderId);
                List<EnforcementCredential> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(json.credential(rs.getString(1)));
                    }
                }
                all.sort(Comparator.comparing(EnforcementCredential::number));
                return all;
            }
        });
    }

    @Override
    public Optional<Inspection> find(InspectionId id) {
        List<RecordedInspectionEvent> history = history(id);
        return history.isEmpty() ? Optional.empty() : Optional.of(Inspection.replay(history));
    }

    @Override
    public List<RecordedInspectionEvent> history(InspectionId id) {
        return tx.autoCommit("read the history of inspection " + id, c -> history(c, id));
    }

    private List<RecordedInspectionEvent> history(Connection c, InspectionId id) throws SQLException {
        return loadHistory(c, json, id);
    }

    /** The history of {@code id} read on {@code c} (also for the backfill of schema version 32.1). */
    static List<RecordedInspectionEvent> loadHistory(Connection c, InspectionJson json, InspectionId id)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, actor_id, recorded_at, payload"
                + " FROM inspection_event WHERE inspection_id = ? ORDER BY version")) {
            ps.setString(1, id.value());
            List<RecordedInspectionEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new RecordedInspectionEvent(
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
    public void append(InspectionDecision decision) {
        Inspection i = decision.inspection();
        for (int attempt = 1; ; attempt++) {
            try {
                if (decision.capSlot().isPresent()) {
                    ensureCounter(decision.capSlot().get());
                }
                tx.inTransaction("append to inspection " + i.id(), c -> {
                    if (decision.expectedVersion() == 0) {
                        if (exists(c, i.id())) {
                            throw new InspectionAlreadyExistsException("inspection " + i.id() + " is opened already");
                        }
                        if (decision.capSlot().isPresent()
                                && !takeSlot(c, decision.capSlot().get())) {
                            throw new InspectionCapExceededException(
                                    decision.capSlot().get());
                        }
                        insert(c, i);
                        writeIndicatorColumns(c, i);
                    } else if (!update(c, i, decision.expectedVersion())) {
                        throw new InspectionVersionConflictException("inspection " + i.id()
                                + " is no longer at version " + decision.expectedVersion()
                                + "; another change came first");
                    }
                    List<InspectionDocument> documents = new ArrayList<>();
                    for (RecordedInspectionEvent e : decision.events()) {
                        insertEvent(c, e);
                        if (e.event() instanceof InspectionEvent.DocumentRecorded d) {
                            documents.add(d.document());
                        }
                    }
                    writeDocuments(c, i.id(), documents);
                    return null;
                });
                return;
            } catch (StorageConstraintException raced) {
                // A concurrent transaction took the id or the version between our check and our write.
                if (decision.expectedVersion() == 0) {
                    InspectionAlreadyExistsException e =
                            new InspectionAlreadyExistsException("inspection " + i.id() + " is opened already");
                    e.initCause(raced);
                    throw e;
                }
                InspectionVersionConflictException e = new InspectionVersionConflictException(
                        "inspection " + i.id() + ": another change came first; reload it and decide again");
                e.initCause(raced);
                throw e;
            } catch (StorageException serialization) {
                // H2 may refuse an UPDATE that waited on a row another transaction changed: decide again.
                if (attempt < ATTEMPTS && isConcurrentUpdate(serialization)) {
                    continue;
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

    /** Makes the counter row exist (0) outside the opening's transaction, so the opening only UPDATEs it. */
    private void ensureCounter(CapSlot slot) {
        boolean present = tx.autoCommit("read inspection count of " + slot.entity(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM inspection_cap_count WHERE entity_id = ? AND inspection_year = ?")) {
                ps.setString(1, slot.entity().value());
                ps.setInt(2, slot.year());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (present) {
            return;
        }
        try {
            tx.inTransaction("create inspection count of " + slot.entity(), c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO inspection_cap_count (entity_id, inspection_year, counted) VALUES (?, ?, 0)")) {
                    ps.setString(1, slot.entity().value());
                    ps.setInt(2, slot.year());
                    return ps.executeUpdate();
                }
            });
        } catch (StorageConstraintException raced) {
            // Another opening created it first: the row is there, which is all this needs.
        }
    }

    private static boolean takeSlot(Connection c, CapSlot slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE inspection_cap_count SET counted = counted + 1"
                + " WHERE entity_id = ? AND inspection_year = ? AND counted < ?")) {
            ps.setString(1, slot.entity().value());
            ps.setInt(2, slot.year());
            ps.setInt(3, slot.cap());
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public int countedInspections(EntityId entity, int year) {
        return tx.autoCommit("read inspection count of " + entity, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT counted FROM inspection_cap_count WHERE entity_id = ? AND inspection_year = ?")) {
                ps.setString(1, entity.value());
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<Inspection> search(InspectionQuery query) {
        StringBuilder sql = new StringBuilder("SELECT id FROM inspection WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        query.entity().ifPresent(e -> {
            sql.append(" AND entity_id = ?");
            args.add(e.value());
        });
        if (query.year().isPresent()) {
            sql.append(" AND inspection_year = ?");
            args.add(query.year().getAsInt());
        }
        return tx.inSnapshot("search inspections", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int n = 0; n < args.size(); n++) {
                    ps.setObject(n + 1, args.get(n));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            // Ordered in Java: the same order on every database, whatever its collation.
            List<Inspection> found = new ArrayList<>();
            ids.stream().map(InspectionId::of).sorted().forEach(id -> {
                if (found.size() < query.limit()
                        && query.after().map(a -> id.compareTo(a) > 0).orElse(true)) {
                    try {
                        List<RecordedInspectionEvent> h = history(c, id);
                        if (!h.isEmpty()) {
                            Inspection i = Inspection.replay(h);
                            if (query.matches(i)) {
                                found.add(i);
                            }
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            return List.copyOf(found);
        });
    }

    private static boolean exists(Connection c, InspectionId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM inspection WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, Inspection i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO inspection (entity_id, inspection_year,"
                        + " department, grid_code, state, counted, version, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, i.opened().entity().value());
            ps.setInt(2, i.year());
            ps.setString(3, i.opened().department().value());
            ps.setString(4, i.opened().grid().value());
            ps.setString(5, i.state().name());
            ps.setBoolean(6, i.opened().counted());
            ps.setLong(7, i.version());
            ps.setString(8, i.updatedAt().toString());
            ps.setString(9, i.id().value());
            ps.executeUpdate();
        }
    }

    /** The day, origin and cap the indicators' SQL reads (schema version 32), fixed by the opening. */
    static void writeIndicatorColumns(Connection c, Inspection i) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE inspection SET inspection_day = ?, origin = ?, cap_max = ? WHERE id = ?")) {
            ps.setObject(1, i.opened().day());
            ps.setString(2, i.opened().origin().name());
            if (i.opened().counted() && i.opened().cap().isPresent()) {
                ps.setInt(3, i.opened().cap().get());
            } else {
                ps.setNull(3, java.sql.Types.INTEGER);
            }
            ps.setString(4, i.id().value());
            ps.executeUpdate();
        }
    }

    /** One row per document issued (kind and date), for the penalties the indicators count. */
    static void writeDocuments(Connection c, InspectionId id, List<InspectionDocument> documents) throws SQLException {
        if (documents.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inspection_document (inspection_id, number,"
                + " kind, document_date) VALUES (?, ?, ?, ?)")) {
            for (InspectionDocument d : documents) {
                ps.setString(1, id.value());
                ps.setString(2, d.number());
                ps.setString(3, d.kind().name());
                ps.setObject(4, d.date());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static boolean update(Connection c, Inspection i, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE inspection SET state = ?, version = ?, updated_at = ?" + " WHERE id = ? AND version = ?")) {
            ps.setString(1, i.state().name());
            ps.setLong(2, i.version());
            ps.setString(3, i.updatedAt().toString());
            ps.setString(4, i.id().value());
            ps.setLong(5, expected);
            return ps.executeUpdate() == 1;
        }
    }

    private void insertEvent(Connection c, RecordedInspectionEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inspection_event (inspection_id, version,"
                + " event_type, actor_id, recorded_at, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.inspectionId().value());
            ps.setLong(2, e.version());
            ps.setString(3, e.event().type());
            ps.setString(4, e.actorId());
            ps.setString(5, e.at().toString());
            ps.setString(6, json.event(e.event()));
            ps.executeUpdate();
        }
    }
}
