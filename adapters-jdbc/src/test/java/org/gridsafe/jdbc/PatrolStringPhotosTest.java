package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.PatrolSamples.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.media.MediaReference;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.testkit.MediaSamples;
import org.gridsafe.testkit.PatrolWorld;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Patrol rows written when an answer's photos were {@code sha256:} strings still read, on H2 and
 * PostgreSQL: a photo the database's media table holds becomes its reference (hash, type, size),
 * one it does not hold stays as text in the answer's note; the occurrence and its submission event
 * both convert.
 */
class PatrolStringPhotosTest {

    static Stream<DataSource> databases() {
        return Stream.of(TestDatabases.h2Memory(), TestDatabases.freshPostgresDatabase());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void stringPhotosOfOlderRowsReadAsStoredReferencesOrAsANote(DataSource database) throws SQLException {
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(database).migrate();
        PatrolWorld.Stores stores = H2PatrolOriginContractTest.storesOn(storage);
        PatrolWorld world = new PatrolWorld(stores, 1);
        OccurrenceId id = world.occurrences().get(0);
        world.patrols().checkIn(PATROLLER, world.checkIn(id));
        MediaReference stored = stores.media().put(MediaSamples.jpeg(31));
        PatrolCommand.Submit plain = PatrolWorld.submission(id, List.of("T07"));
        List<ChecklistAnswer> answers = new ArrayList<>(plain.answers());
        answers.set(6, answers.get(6).with(List.of(stored), "通道堆放纸箱"));
        world.patrols()
                .submit(
                        PATROLLER,
                        new PatrolCommand.Submit(id, OptionalLong.empty(), answers, List.of(), plain.findings()));

        // Rewrite the rows to the older shape: the photo as a string, and a second one never uploaded.
        String asObject = "{\"hash\":\"" + stored.hash() + "\",\"type\":\"JPEG\",\"size\":" + stored.size() + "}";
        String missing = "sha256:" + "cd".repeat(32);
        String asStrings = "\"sha256:" + stored.hash() + "\",\"" + missing + "\"";
        int rewritten = 0;
        try (Connection c = database.getConnection()) {
            for (String sql : List.of(
                    "UPDATE patrol_occurrence SET occurrence = REPLACE(occurrence, ?, ?)",
                    "UPDATE patrol_occurrence_event SET payload = REPLACE(payload, ?, ?)")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, asObject);
                    ps.setString(2, asStrings);
                    rewritten += ps.executeUpdate();
                }
            }
        }
        assertThat(rewritten).isGreaterThanOrEqualTo(2);

        PatrolOccurrence read = storage.patrolStore().find(id).orElseThrow();
        ChecklistAnswer photoAnswer = read.answers().get(6);
        assertThat(photoAnswer.photos()).containsExactly(stored);
        assertThat(photoAnswer.note().orElseThrow()).startsWith("通道堆放纸箱").contains(missing);
        PatrolEvent.Submitted submitted = storage.patrolStore().history(id).stream()
                .map(e -> e.event())
                .filter(PatrolEvent.Submitted.class::isInstance)
                .map(PatrolEvent.Submitted.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(submitted.answers().get(6)).isEqualTo(photoAnswer);
        // The occurrence is unchanged otherwise: its finding still names its case.
        assertThat(read.findings().get(0).caseId()).isPresent();
    }
}
