package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.EntityVersionConflictException;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;

/**
 * An append is all or nothing: when the history row of a change cannot be written (here a row of
 * that version is already there), the entity row keeps its old state; a batch whose last write fails
 * leaves none of its entities. On H2 and on PostgreSQL.
 */
class JdbcEntityRegistryAtomicityTest {

    @Test
    void aFailedHistoryWriteLeavesTheEntityAsItWasOnH2() throws Exception {
        check(TestDatabases.h2Memory());
    }

    @Test
    void aFailedHistoryWriteLeavesTheEntityAsItWasOnPostgres() throws Exception {
        check(TestDatabases.freshPostgresDatabase());
    }

    @Test
    void aBatchFailingAtItsLastWriteLeavesNothingOfItOnH2() throws Exception {
        checkBatch(TestDatabases.h2Memory());
    }

    @Test
    void aBatchFailingAtItsLastWriteLeavesNothingOfItOnPostgres() throws Exception {
        checkBatch(TestDatabases.freshPostgresDatabase());
    }

    /** The last history row of a batch cannot be written: the entities written before it in the same transaction are gone. */
    private static void checkBatch(DataSource database) throws SQLException {
        EntityRegistry registry = JdbcGridSafeStorage.create(database).migrate().entityRegistry();
        SupervisedEntities entities = service(registry, mondayMorningClock());
        SupervisedEntity unit = entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(EntityId.of("PU-X"), unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1), "登记"));
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO supervised_entity_event (entity_id, version, event_type, actor_id,"
                    + " recorded_at, reason, payload) VALUES ('PU-X', 2, 'x', 'intruder', '2026-01-01T00:00:00Z',"
                    + " 'a row in the way', '{}')");
        }
        assertThatThrownBy(() -> entities.executeAll(
                        districtCommandCenter(),
                        java.util.List.of(
                                new EntityCommand.Register(
                                        EntityId.of("PU-A"), unit("乙", code(2), POINT_IN_JINQIAO_MICRO_1), "导入"),
                                new EntityCommand.Register(
                                        EntityId.of("PU-B"), unit("丙", code(3), POINT_IN_JINQIAO_MICRO_1), "导入"),
                                new EntityCommand.Suspend(unit.id(), 1, "停产"))))
                .isInstanceOf(EntityVersionConflictException.class);
        assertThat(registry.find(EntityId.of("PU-A"))).isEmpty();
        assertThat(registry.find(EntityId.of("PU-B"))).isEmpty();
        assertThat(registry.findByCreditCode(code(2))).isEmpty();
        assertThat(registry.history(EntityId.of("PU-A"))).isEmpty();
        SupervisedEntity after = registry.find(unit.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.status()).isEqualTo(EntityStatus.OPERATING);
    }

    private static void check(DataSource database) throws SQLException {
        EntityRegistry registry = JdbcGridSafeStorage.create(database).migrate().entityRegistry();
        SupervisedEntities entities = service(registry, mondayMorningClock());
        SupervisedEntity unit = entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(EntityId.of("PU-1"), unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1), "登记"));
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO supervised_entity_event (entity_id, version, event_type, actor_id,"
                    + " recorded_at, reason, payload) VALUES ('PU-1', 2, 'x', 'intruder', '2026-01-01T00:00:00Z',"
                    + " 'a row in the way', '{}')");
        }
        assertThatThrownBy(
                        () -> entities.execute(districtCommandCenter(), new EntityCommand.Suspend(unit.id(), 1, "停产")))
                .isInstanceOf(EntityVersionConflictException.class);
        SupervisedEntity after = registry.find(unit.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.status()).isEqualTo(EntityStatus.OPERATING);
    }
}
