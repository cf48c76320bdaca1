package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.InspectionWorld.OFFICER_1;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gridsafe.inspection.DocumentKind;
import org.gridsafe.inspection.InspectionCommand;
import org.gridsafe.inspection.InspectionDocument;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.InspectionWorld;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 32.1 fills the day, origin and cap columns and the document rows of inspections written
 * before version 32, from their events: after it the SQL indicators equal the reference again, on H2
 * and PostgreSQL.
 */
class JdbcInspectionIndicatorBackfillTest {

    static Stream<String> dialects() {
        return Stream.of("h2", "postgresql");
    }

    private static DataSource database(String dialect) {
        return dialect.equals("h2") ? TestDatabases.h2Memory() : TestDatabases.freshPostgresDatabase();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void inspectionsWrittenBeforeVersion32AreCountedAfterTheBackfill(String dialect) throws SQLException {
        DataSource ds = database(dialect);
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        InspectionWorld world = new InspectionWorld(storage.inspectionStore(), 2);
        world.inspections().open(OFFICER_1, InspectionWorld.planned("I-1", "E-1"));
        world.inspections()
                .open(
                        OFFICER_1,
                        InspectionWorld.request(
                                "I-2",
                                "E-2",
                                InspectionOrigin.RANDOM_DRAW,
                                InspectionWorld.DAY,
                                false,
                                Optional.empty()));
        world.inspections()
                .recordDocument(
                        OFFICER_1,
                        new InspectionCommand.RecordDocument(
                                InspectionId.of("I-1"),
                                OptionalLong.empty(),
                                new InspectionDocument(
                                        DocumentKind.PENALTY_DECISION,
                                        "应急罚〔2026〕1号",
                                        InspectionWorld.DAY,
                                        OFFICER_1.id())));
        Period november = new Period(
                LocalDate.of(2026, 11, 1).atStartOfDay(SampleDistrict.ZONE).toInstant(),
                LocalDate.of(2026, 12, 1).atStartOfDay(SampleDistrict.ZONE).toInstant());
        InspectionIndicators reference = InspectionIndicators.of(
                storage.inspectionStore().search(InspectionQuery.all()),
                List.of(),
                Optional.empty(),
                november,
                SampleDistrict.ZONE);
        assertThat(reference.inspections()).isEqualTo(2);
        assertThat(reference.randomDraw()).isEqualTo(1);
        assertThat(reference.penaltyDecisions()).isEqualTo(1);
        // Back to a database just migrated to 32: the columns empty, no document rows, 32.1 and the
        // later migrations not run.
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("UPDATE inspection SET inspection_day = NULL, origin = NULL, cap_max = NULL");
            s.execute("DELETE FROM inspection_document");
        }
        OlderSchema.undoAfter(ds, "32");
        assertThat(storage.inspectionStatistics().inspectionIndicators(Optional.empty(), november, SampleDistrict.ZONE))
                .isNotEqualTo(reference);

        JdbcGridSafeStorage upgraded = JdbcGridSafeStorage.create(ds).migrate();

        assertThat(upgraded.inspectionStatistics()
                        .inspectionIndicators(Optional.empty(), november, SampleDistrict.ZONE))
                .isEqualTo(reference);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT cap_max FROM inspection WHERE id = 'I-1'")) {
            rs.next();
            // The default cap the planned inspection was counted under, from its opening event.
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }
}
