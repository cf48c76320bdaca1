package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationSubmitted;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.port.MediaStore;
import org.gridsafe.testkit.MediaSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Media references in stored logs: written, read back, hashed as stored; older rows without them still verify. */
abstract class JdbcMediaEvidenceTest {

    abstract DataSource emptyDatabase();

    DataSource dataSource;
    JdbcGridSafeStorage storage;
    MediaStore media;
    Casework casework;

    @BeforeEach
    void wire() {
        dataSource = emptyDatabase();
        storage = JdbcGridSafeStorage.create(dataSource).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        media = storage.mediaStore(MediaLimits.defaults());
        casework = GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(storage.idGenerator(ZONE))
                .mediaStore(media)
                .clock(mondayMorningClock())
                .build()
                .casework();
    }

    private Report.Builder report() {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .location(POINT_IN_JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("消防通道堆放杂物");
    }

    @Test
    void mediaReferencesRoundTripThroughTheLogAndTheChainVerifies() {
        MediaReference before = media.put(MediaSamples.jpeg(1));
        MediaReference after = media.put(MediaSamples.heic(1));
        Case c = casework.report(jinqiaoGridManager(), report().media(before).build());
        c = casework.register(jinqiaoCommandCenter(), Register.of(c.id()).build());
        c = casework.dispatch(jinqiaoCommandCenter(), Dispatch.of(c.id()).build());
        c = casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id()).evidence("已清理").media(after).build());

        List<RecordedEvent> log = storage.caseStore().load(c.id());
        assertThat(((CaseReported) log.get(0).event()).media()).containsExactly(before);
        assertThat(((RectificationSubmitted) log.get(3).event()).media()).containsExactly(after);
        assertThat(CaseAudit.verify(log).intact()).isTrue();
        assertThat(casework.mediaContent(jinqiaoCommandCenter(), c.id(), after.hash()))
                .isEqualTo(MediaSamples.heic(1));
        assertThat(storage.startRun(true).casesChecked()).isEqualTo(1);
    }

    @Test
    void aCommandNamingAFileTheDatabaseDoesNotHoldIsRefused() {
        MediaReference missing = new MediaReference(MediaHash.of(MediaSamples.png(3)), MediaType.PNG, 1024);
        assertThatThrownBy(() -> casework.report(
                        jinqiaoGridManager(), report().media(missing).build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("media[0]");
    }

    /** A row the previous release wrote (schema 2, no media component) reads with empty media and keeps its hash. */
    @Test
    void aVersionTwoRowWithoutMediaReadsAsEmptyAndStillVerifies() throws SQLException {
        Case c = casework.report(jinqiaoGridManager(), report().build());
        try (Connection conn = dataSource.getConnection()) {
            String payload;
            try (PreparedStatement ps =
                    conn.prepareStatement("SELECT payload FROM case_event WHERE case_id = ? AND seq = 1")) {
                ps.setString(1, c.id().value());
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    payload = rs.getString(1);
                }
            }
            assertThat(payload).contains("\"media\":[]");
            String older = payload.replace(",\"media\":[]", "");
            assertThat(older).doesNotContain("media");
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE case_event SET payload = ?, schema_version = 2 WHERE case_id = ? AND seq = 1")) {
                ps.setString(1, older);
                ps.setString(2, c.id().value());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        List<RecordedEvent> log =
                JdbcGridSafeStorage.create(dataSource).caseStore().load(c.id());
        assertThat(((CaseReported) log.get(0).event()).media()).isEmpty();
        assertThat(CaseAudit.verify(log).intact()).isTrue();
    }
}
