package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.NineSmallOutcome;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceMeasure;
import org.gridsafe.registry.PlaceMeasures;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;

/**
 * Rows written before places had measures (no {@code measures} property in the stored JSON) still
 * read, with only their floor area known; rows with measures keep all of them. On H2 and PostgreSQL.
 */
class JdbcPlaceMeasuresOldRowsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void oldRowsReadOnH2() throws Exception {
        check(TestDatabases.h2Memory());
    }

    @Test
    void oldRowsReadOnPostgres() throws Exception {
        check(TestDatabases.freshPostgresDatabase());
    }

    private static void check(DataSource database) throws Exception {
        EntityRegistry registry = JdbcGridSafeStorage.create(database).migrate().entityRegistry();
        SupervisedEntities entities = service(registry, mondayMorningClock());
        Place measured = shop("小商店", new GeoPoint(120.15, 31.05), Optional.empty())
                .withMeasures(PlaceMeasures.of(Map.of(
                        PlaceMeasure.FLOOR_AREA, 120, PlaceMeasure.STOREY, 1, PlaceMeasure.INSIDE_COMPLEX, false)));
        SupervisedEntity kept = entities.execute(
                districtCommandCenter(), new EntityCommand.Register(EntityId.of("PL-1"), measured, "登记"));
        SupervisedEntity old = entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PL-2"), shop("老商店", new GeoPoint(120.15, 31.05), Optional.empty()), "登记"));
        JdbcGridSafeStorage fresh = JdbcGridSafeStorage.create(database);
        assertThat(fresh.entityRegistry().find(kept.id())).contains(kept);

        // Make PL-2's rows look as the previous version wrote them.
        try (Connection c = database.getConnection()) {
            rewrite(
                    c,
                    "SELECT entity FROM supervised_entity WHERE id = 'PL-2'",
                    "UPDATE supervised_entity SET entity = ? WHERE id = 'PL-2'");
            rewrite(
                    c,
                    "SELECT payload FROM supervised_entity_event WHERE entity_id = 'PL-2'",
                    "UPDATE supervised_entity_event SET payload = ? WHERE entity_id = 'PL-2'");
        }
        SupervisedEntity read = fresh.entityRegistry().find(old.id()).orElseThrow();
        assertThat(read).isEqualTo(old);
        assertThat(((Place) read.profile()).measures())
                .isEqualTo(PlaceMeasures.none().with(PlaceMeasure.FLOOR_AREA, 80));
        assertThat(SupervisedEntity.replay(fresh.entityRegistry().history(old.id())))
                .isEqualTo(old);
        assertThat(service(fresh.entityRegistry(), mondayMorningClock())
                        .nineSmallVerdict(read)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(NineSmallOutcome.WITHIN);
    }

    private static void rewrite(Connection c, String select, String update) throws SQLException, java.io.IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(select);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String json = r.getString(1);
                assertThat(json).contains("\"measures\"");
                JsonNode tree = PLAIN.readTree(json);
                strip(tree);
                rows.put(json, PLAIN.writeValueAsString(tree));
            }
        }
        assertThat(rows).isNotEmpty();
        for (String stripped : rows.values()) {
            assertThat(stripped).doesNotContain("\"measures\"");
            try (PreparedStatement u = c.prepareStatement(update)) {
                u.setString(1, stripped);
                u.executeUpdate();
            }
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("measures");
        }
        node.forEach(JdbcPlaceMeasuresOldRowsTest::strip);
    }
}
