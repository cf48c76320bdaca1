package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.PatrolSamples.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackPoint;
import org.gridsafe.patrol.TrackUpload;
import org.gridsafe.testkit.PatrolWorld;
import org.junit.jupiter.api.Test;

/**
 * A host that gives {@code Patrols} the JDBC patrol store but no {@code tracks(...)} keeps tracks
 * in the same database (the patrol store supplies its track store), not in memory: another storage
 * on the database reads the uploaded day. On H2.
 */
class PatrolTracksWiredOnJdbcTest {

    @Test
    void tracksUploadedThroughPatrolsWiredWithoutATrackStoreAreInTheDatabase() {
        DataSource ds = TestDatabases.h2Memory();
        PatrolWorld world = new PatrolWorld(
                H2PatrolOriginContractTest.storesOn(
                        JdbcGridSafeStorage.create(ds).migrate()),
                1);
        Instant from = november10().minus(Duration.ofHours(1));
        List<TrackPoint> walk = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            walk.add(new TrackPoint(from.plusSeconds(60L * i), GeoPoint.of(120.003, 31.395 + i * 0.0005), 8));
        }
        TrackUpload upload = world.patrols().uploadTrack(PATROLLER, walk);
        assertThat(upload.stored()).isEqualTo(5);
        TrackDay day = upload.days().get(0);

        var tracks = JdbcGridSafeStorage.create(ds).patrolTrackStore();
        assertThat(tracks.days(PATROLLER.id(), day.day(), day.day())).containsExactly(day);
        assertThat(tracks.points(PATROLLER.id(), from, from.plusSeconds(3600))).hasSize(5);
    }
}
