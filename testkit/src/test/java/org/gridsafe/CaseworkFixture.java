package org.gridsafe;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.SampleDistrict;
import org.threeten.extra.MutableClock;

/** A GridSafe over the sample district with a clock tests move and recorded notifications. */
final class CaseworkFixture {

    /** Monday 2026-03-30 09:00; Wednesday 2026-04-01 is the sample calendar's holiday. */
    static final LocalDateTime MONDAY_0900 = LocalDateTime.of(2026, 3, 30, 9, 0);

    final MutableClock clock = MutableClock.of(at(MONDAY_0900), SampleDistrict.ZONE);
    final List<Notification> notifications = new CopyOnWriteArrayList<>();
    final GridSafe gridSafe = GridSafe.builder()
            .directory(directory())
            .clock(clock)
            .notifier(notifications::add)
            .build();
    final Casework casework = gridSafe.casework();

    /** {@code time} in the sample district's zone. */
    static Instant at(LocalDateTime time) {
        return time.atZone(SampleDistrict.ZONE).toInstant();
    }

    /** Moves the clock to {@code time} in the sample district's zone. */
    void setTime(LocalDateTime time) {
        clock.setInstant(at(time));
    }

    Report.Builder fireHazard(HazardGrade grade) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(grade)
                .description("仓库消防通道堆放货物");
    }

    Case reported(HazardGrade grade) {
        return casework.report(jinqiaoGridManager(), fireHazard(grade).build());
    }

    Case registered(HazardGrade grade) {
        Case c = reported(grade);
        return casework.register(jinqiaoCommandCenter(), register(c));
    }

    Case dispatched(HazardGrade grade) {
        Case c = registered(grade);
        return casework.dispatch(
                jinqiaoCommandCenter(), grade == HazardGrade.MAJOR ? dispatchWithPlan(c) : dispatch(c));
    }

    static Register register(Case c) {
        return Register.of(c.id()).expectedVersion(c.version()).build();
    }

    static Dispatch dispatch(Case c) {
        return Dispatch.of(c.id()).expectedVersion(c.version()).build();
    }

    static Dispatch dispatchWithPlan(Case c) {
        return Dispatch.of(c.id())
                .expectedVersion(c.version())
                .handlerId("ent-a")
                .plan(new RectificationPlan(
                        "王厂长", "清理通道、加装防火分隔", "企业自筹 20 万元", java.time.LocalDate.of(2026, 5, 15), "专人值守，配置灭火器材"))
                .listedSupervision(new ListedSupervision("示范区安委办", "示安委督〔2026〕3号"))
                .treatmentPlan(org.gridsafe.testkit.SamplePlans.treatment())
                .build();
    }

    /** Files every report a major hazard owes (by its department), so it may close. */
    Case reportsFiled(Case c) {
        for (org.gridsafe.casework.MajorHazardReport owed : c.majorHazardReports()) {
            if (!owed.filed()) {
                c = casework.fileMajorHazardReport(
                        org.gridsafe.access.Actor.departmentOfficer(
                                "officer-" + c.department().orElseThrow().value(),
                                "部门执法员",
                                c.department().orElseThrow()),
                        org.gridsafe.casework.FileMajorHazardReport.of(c.id())
                                .expectedVersion(c.version())
                                .kind(owed.kind())
                                .recipient("区应急管理局")
                                .reference("报告〔2026〕1号")
                                .build());
            }
        }
        return c;
    }

    Case reload(Case c) {
        return gridSafe.caseQueries().find(c.id()).orElseThrow();
    }

    static Actor center() {
        return jinqiaoCommandCenter();
    }
}
