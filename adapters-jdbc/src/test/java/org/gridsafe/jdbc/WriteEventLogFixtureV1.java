package org.gridsafe.jdbc;

import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.*;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** One-off writer of the frozen event-log fixture; run by hand, never by the build. */
class WriteEventLogFixtureV1 {

    @Test
    void write() throws Exception {
        DataSource ds = TestDatabases.h2Memory();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        TestClock clock = TestClock.mondayMorning();
        Casework cw = GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(storage.idGenerator(ZONE))
                .clock(clock)
                .build()
                .casework();

        // 1. general hazard: report (point), register with corrections, dispatch, extension requested+approved,
        //    rectification, verify failed, rectification, verify passed, close with feedback.
        Case a = cw.report(jinqiaoGridManager(), Report.builder()
                .source(CaseSource.GRID_PATROL)
                .location(POINT_IN_JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("楼道堆放电动车 🚲 \"充电\" \\ 夜间")
                .attachment("photo:a")
                .attachment("photo:b")
                .reporterContact("139-0000-0000")
                .build());
        clock.advance(Duration.ofMinutes(20));
        a = cw.register(jinqiaoCommandCenter(), new Register(a.id(), OptionalLong.of(a.version()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("属实，立案")));
        clock.advance(Duration.ofMinutes(15));
        a = cw.dispatch(jinqiaoCommandCenter(), new Dispatch(a.id(), OptionalLong.of(a.version()),
                Optional.empty(), Optional.empty(), Optional.of("fire-01"), Optional.empty(), Optional.empty()));
        clock.advance(Duration.ofHours(3));
        a = cw.requestExtension(fireOfficer(), new RequestExtension(a.id(), OptionalLong.of(a.version()),
                a.deadline().orElseThrow().plus(Duration.ofDays(3)), "需更换防火门，到货需一周"));
        clock.advance(Duration.ofMinutes(40));
        a = cw.approveExtension(jinqiaoCommandCenter(), new ApproveExtension(a.id(), OptionalLong.of(a.version()),
                Optional.of("同意")));
        clock.advance(Duration.ofHours(20));
        a = cw.submitRectification(fireOfficer(), new SubmitRectification(a.id(), OptionalLong.of(a.version()),
                "电动车已移走", List.of("photo:c")));
        clock.advance(Duration.ofHours(2));
        a = cw.verify(jinqiaoGridManager(), new Verify(a.id(), OptionalLong.of(a.version()), false,
                Optional.of("充电线仍未拆除")));
        clock.advance(Duration.ofHours(5));
        a = cw.submitRectification(fireOfficer(), new SubmitRectification(a.id(), OptionalLong.of(a.version()),
                "充电线已拆除", List.of()));
        clock.advance(Duration.ofHours(1));
        a = cw.verify(jinqiaoGridManager(), new Verify(a.id(), OptionalLong.of(a.version()), true, Optional.empty()));
        clock.advance(Duration.ofMinutes(30));
        a = cw.close(jinqiaoCommandCenter(), new Close(a.id(), OptionalLong.of(a.version()), Optional.of(4),
                Optional.of("处理及时"), Optional.of("按期办结")));

        // 2. major hazard: report by an enterprise, register, dispatch with plan and listed supervision,
        //    extension requested and denied, escalations once overdue.
        clock.advance(Duration.ofMinutes(10));
        Case b = cw.report(enterprise(), Report.builder()
                .source(CaseSource.ENTERPRISE_SELF_REPORT)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.MAJOR)
                .description("仓库消防通道堆放货物")
                .build());
        clock.advance(Duration.ofMinutes(5));
        b = cw.register(jinqiaoCommandCenter(), new Register(b.id(), OptionalLong.of(b.version()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        clock.advance(Duration.ofMinutes(5));
        b = cw.dispatch(jinqiaoCommandCenter(), new Dispatch(b.id(), OptionalLong.of(b.version()),
                Optional.empty(), Optional.empty(), Optional.of("ent-a"),
                Optional.of(new RectificationPlan("王厂长", "清理通道、加装防火分隔", "企业自筹 20 万元",
                        LocalDate.of(2026, 5, 15), "专人值守，配置灭火器材")),
                Optional.of(new ListedSupervision("示范区安委办", "示安委督〔2026〕3号"))));
        clock.advance(Duration.ofHours(1));
        b = cw.requestExtension(fireOfficer(), new RequestExtension(b.id(), OptionalLong.of(b.version()),
                b.deadline().orElseThrow().plus(Duration.ofDays(10)), "人手不足"));
        clock.advance(Duration.ofHours(1));
        b = cw.denyExtension(jinqiaoCommandCenter(), new DenyExtension(b.id(), OptionalLong.of(b.version()),
                "隐患紧迫，须按期整改"));
        clock.set(b.deadline().orElseThrow().plus(Duration.ofDays(30)));
        cw.escalateOverdue(clock.instant());

        // 3. a public report rejected; 4. a duplicate merged into an open case.
        clock.advance(Duration.ofMinutes(1));
        Case c = cw.report(citizen(), Report.builder()
                .source(CaseSource.PUBLIC_REPORT)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("小区门口占道")
                .anonymous(true)
                .build());
        clock.advance(Duration.ofMinutes(1));
        cw.reject(jinqiaoCommandCenter(), new Reject(c.id(), OptionalLong.of(c.version()), "不属于安全隐患"));
        clock.advance(Duration.ofMinutes(1));
        Case d = cw.report(jinqiaoGridManager(), Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.MAJOR)
                .description("仓库通道堆货（重复）")
                .build());
        clock.advance(Duration.ofMinutes(1));
        cw.merge(jinqiaoCommandCenter(), new Merge(d.id(), OptionalLong.of(d.version()), b.id(), "同一隐患"));

        // 5. fixed on the spot.
        clock.advance(Duration.ofMinutes(1));
        cw.reportFixedOnSpot(jinqiaoGridManager(), new ReportFixedOnSpot(Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("灭火器过期")
                .build(), "当场更换灭火器", List.of("photo:after")));

        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        try (Connection conn = ds.getConnection(); Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT case_id, seq, event_type, schema_version, payload, actor_id,"
                    + " occurred_at, previous_hash, hash FROM case_event ORDER BY case_id, seq")) {
                while (rs.next()) {
                    ObjectNode row = json.createObjectNode();
                    row.put("table", "case_event");
                    row.put("case_id", rs.getString(1));
                    row.put("seq", rs.getLong(2));
                    row.put("event_type", rs.getString(3));
                    row.put("schema_version", rs.getInt(4));
                    row.put("payload", rs.getString(5));
                    row.put("actor_id", rs.getString(6));
                    row.put("occurred_at", rs.getString(7));
                    row.put("previous_hash", rs.getString(8));
                    row.put("hash", rs.getString(9));
                    out.append(json.writeValueAsString(row)).append('\n');
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT case_id, version, state, snapshot_version, snapshot FROM case_view ORDER BY case_id")) {
                while (rs.next()) {
                    ObjectNode row = json.createObjectNode();
                    row.put("table", "case_view");
                    row.put("case_id", rs.getString(1));
                    row.put("version", rs.getLong(2));
                    row.put("state", rs.getString(3));
                    row.put("snapshot_version", rs.getInt(4));
                    row.put("snapshot", rs.getString(5));
                    out.append(json.writeValueAsString(row)).append('\n');
                }
            }
        }
        Files.writeString(
                Path.of("src/test/resources/fixtures/event-log-v1.jsonl"), out.toString(), StandardCharsets.UTF_8);
    }
}
