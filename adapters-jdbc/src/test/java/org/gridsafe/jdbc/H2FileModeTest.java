package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.MutableClock;

/** The embedded default: an H2 file database keeps cases, directory and sequence across close and reopen. */
class H2FileModeTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesCloseAndReopen() throws Exception {
        String path = dir.resolve("gridsafe").toString();
        MutableClock clock = mondayMorningClock();
        Case written;
        {
            DataSource ds = TestDatabases.h2File(path);
            JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
            storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
            GridSafe gs = wire(storage, clock);
            Case reported = gs.casework()
                    .report(
                            jinqiaoGridManager(),
                            Report.builder()
                                    .source(CaseSource.GRID_PATROL)
                                    .location(POINT_IN_JINQIAO_MICRO_1)
                                    .domain(SafetyDomain.FIRE)
                                    .hazard(PROTECTION_DEFECT)
                                    .grade(HazardGrade.GENERAL)
                                    .description("安全出口上锁")
                                    .build());
            written = gs.casework()
                    .register(
                            jinqiaoCommandCenter(),
                            Register.of(reported.id()).expectedVersion(1).build());
            try (var c = ds.getConnection();
                    var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        assertThat(Files.list(dir)).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));

        DataSource reopened = TestDatabases.h2File(path);
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(reopened).migrate();
        assertThat(storage.caseQueries().find(written.id())).contains(written);
        assertThat(CaseAudit.verify(storage.caseStore().load(written.id())).intact())
                .isTrue();
        assertThat(storage.directory().grids().size()).isEqualTo(grids().size());
        assertThat(storage.idGenerator(ZONE).next(clock.instant())).isNotEqualTo(written.id());
    }

    private static GridSafe wire(JdbcGridSafeStorage storage, MutableClock clock) {
        return GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(storage.idGenerator(ZONE))
                .clock(clock)
                .build();
    }
}
