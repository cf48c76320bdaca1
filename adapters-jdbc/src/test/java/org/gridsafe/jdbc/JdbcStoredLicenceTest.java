package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceIssuerTier;
import org.gridsafe.entity.LicenceStorageMode;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;

/**
 * Entities stored before licences had an operation mode and an issuer tier still read, as licences
 * without them: the stored JSON of both tables is rewritten to the older shape, on H2 and PostgreSQL.
 */
class JdbcStoredLicenceTest {

    @Test
    void aLicenceStoredWithoutModeAndTierReadsOnH2() throws SQLException {
        check(TestDatabases.h2Memory());
    }

    @Test
    void aLicenceStoredWithoutModeAndTierReadsOnPostgres() throws SQLException {
        check(TestDatabases.freshPostgresDatabase());
    }

    private static void check(DataSource database) throws SQLException {
        EntityRegistry registry = JdbcGridSafeStorage.create(database).migrate().entityRegistry();
        SupervisedEntities entities = service(registry, mondayMorningClock());
        Licence licence = new Licence(
                LicenceTypeCatalog.standard().require("HAZCHEM_OPERATION"),
                "苏园危化经字〔2023〕000102",
                "市应急管理局",
                Optional.empty(),
                LocalDate.of(2023, 6, 20),
                Optional.of(LocalDate.of(2026, 6, 19)),
                Optional.of(LicenceStorageMode.WITHOUT_STORAGE),
                Optional.of(LicenceIssuerTier.CITY));
        SupervisedEntity unit = entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PU-OLD"),
                        withLicences(unit("老单位", code(5), POINT_IN_JINQIAO_MICRO_1), List.of(licence)),
                        "登记"));
        int rewritten = stripLaterFields(
                        database, "SELECT id, entity FROM supervised_entity", "supervised_entity", "entity", "id")
                + stripLaterFields(
                        database,
                        "SELECT entity_id, payload FROM supervised_entity_event",
                        "supervised_entity_event",
                        "payload",
                        "entity_id");
        assertThat(rewritten).isEqualTo(2);

        EntityRegistry reopened = JdbcGridSafeStorage.create(database).entityRegistry();
        SupervisedEntity read = reopened.find(unit.id()).orElseThrow();
        Licence old = read.profile().licences().get(0);
        assertThat(old.storageMode()).isEmpty();
        assertThat(old.issuerTier()).isEmpty();
        assertThat(old.number()).isEqualTo(licence.number());
        assertThat(SupervisedEntity.replay(reopened.history(unit.id()))
                        .profile()
                        .licences())
                .containsExactly(old);
    }

    /** Removes the two later properties from every stored document; returns how many changed. */
    private static int stripLaterFields(DataSource database, String select, String table, String column, String key)
            throws SQLException {
        int changed = 0;
        try (Connection c = database.getConnection();
                PreparedStatement read = c.prepareStatement(select);
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                String json = rs.getString(2);
                String older = json.replaceAll(",?\"storageMode\":(null|\"[A-Z_]+\")", "")
                        .replaceAll(",?\"issuerTier\":(null|\"[A-Z_]+\")", "");
                assertThat(older).doesNotContain("storageMode").doesNotContain("issuerTier");
                if (!older.equals(json)) {
                    try (PreparedStatement write =
                            c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?")) {
                        write.setString(1, older);
                        write.setString(2, rs.getString(1));
                        write.executeUpdate();
                    }
                    changed++;
                }
            }
        }
        return changed;
    }
}
