package org.gridsafe.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.CaseId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.port.InternalReportStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.InternalReport;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;

/**
 * Employees' internal reports in {@code internal_report}: one row per report, the report as JSON, the
 * entity indexed; a change is an UPDATE guarded by the version, so of two writers one wins.
 */
final class JdbcInternalReportStore implements InternalReportStore {

    private final Transactions tx;
    private final ObjectMapper mapper;

    JdbcInternalReportStore(Transactions tx) {
        this.tx = tx;
        SimpleModule codes = new SimpleModule("gridsafe-internal-report-codes");
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        StoredJson.asString(codes, CaseId.class, CaseId::value, CaseId::of);
        this.mapper = StoredJson.mapper(codes).build();
    }

    @Override
    public Optional<InternalReport> find(String id) {
        return tx.autoCommit("find internal report " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report FROM internal_report WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(StoredJson.read(mapper, rs.getString(1), InternalReport.class))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(InternalReport report) {
        boolean saved;
        try {
            saved = tx.inTransaction("save internal report " + report.id(), c -> {
                String json = StoredJson.write(mapper, report);
                if (report.version() == 1) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO internal_report (id, entity_id, version, report) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, report.id());
                        ps.setString(2, report.entity().value());
                        ps.setLong(3, 1);
                        ps.setString(4, json);
                        return ps.executeUpdate() == 1;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE internal_report SET version = ?, report = ? WHERE id = ? AND version = ?")) {
                    ps.setLong(1, report.version());
                    ps.setString(2, json);
                    ps.setString(3, report.id());
                    ps.setLong(4, report.version() - 1);
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (StorageConstraintException taken) {
            saved = false;
        }
        if (!saved) {
            throw new SelfCheckVersionConflictException("internal report " + report.id() + " is no longer at version "
                    + (report.version() - 1) + "; another change came first");
        }
    }

    @Override
    public List<InternalReport> byEntity(EntityId entity) {
        return tx.autoCommit("list internal reports of " + entity, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report FROM internal_report WHERE entity_id = ?")) {
                ps.setString(1, entity.value());
                try (ResultSet rs = ps.executeQuery()) {
                    List<InternalReport> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(StoredJson.read(mapper, rs.getString(1), InternalReport.class));
                    }
                    out.sort(Comparator.comparing(InternalReport::submittedAt).thenComparing(InternalReport::id));
                    return out;
                }
            }
        });
    }
}
