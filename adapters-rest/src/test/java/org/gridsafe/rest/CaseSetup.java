package org.gridsafe.rest;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Suspend;
import org.gridsafe.casework.SuspensionKind;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/** Cases set up in-process, in the state an endpoint under test acts on: a general fire hazard in 金桥一号微网格 of enterprise A. */
final class CaseSetup {

    private CaseSetup() {}

    /** A fresh case in the state {@code endpoint} acts on (dispatched ones go to fire-brigade). */
    static Case caseFor(HttpFixture http, String endpoint, boolean reportedByCitizen) {
        Casework casework = http.gridSafe.casework();
        Report.Builder report = Report.builder()
                .grid(JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("测试用例")
                .enterpriseId(enterprise().enterpriseId().orElseThrow())
                .source(CaseSource.GRID_PATROL);
        Actor reporter = jinqiaoGridManager();
        if (reportedByCitizen) {
            reporter = citizen();
            report.source(CaseSource.PUBLIC_REPORT);
        }
        if (MAJOR_ENDPOINTS.contains(endpoint)) {
            return majorFor(http, endpoint);
        }
        Case c = casework.report(reporter, report.build());
        String needs = switch (endpoint) {
            case "report", "register", "reject", "merge" -> "REPORTED";
            case "dispatch" -> "REGISTERED";
            case "get", "history", "rectification", "extension-request", "suspension", "major-hazard-criterion" ->
                "DISPATCHED";
            case "resumption" -> "SUSPENDED";
            case "reopening" -> "CLOSED";
            case "extension-approval", "extension-denial" -> "EXTENSION";
            case "verification" -> "RECTIFIED";
            case "close" -> "VERIFIED";
            default -> throw new IllegalArgumentException(endpoint);
        };
        if (needs.equals("REPORTED")) {
            return c;
        }
        Actor center = jinqiaoCommandCenter();
        c = casework.register(
                center, Register.of(c.id()).expectedVersion(c.version()).build());
        if (needs.equals("REGISTERED")) {
            return c;
        }
        c = casework.dispatch(
                center, Dispatch.of(c.id()).expectedVersion(c.version()).build());
        if (needs.equals("DISPATCHED")) {
            return c;
        }
        if (needs.equals("SUSPENDED")) {
            return casework.suspend(
                    center,
                    Suspend.of(c.id())
                            .expectedVersion(c.version())
                            .kind(SuspensionKind.DEFERRED)
                            .reason("待工程实施")
                            .approval("街道网格办")
                            .reviewDate(http.clock
                                    .instant()
                                    .atZone(ZONE)
                                    .toLocalDate()
                                    .plusDays(30))
                            .build());
        }
        if (needs.equals("EXTENSION")) {
            return casework.requestExtension(
                    fireOfficer(),
                    RequestExtension.of(c.id())
                            .expectedVersion(c.version())
                            .requestedDeadline(c.deadline().orElseThrow().plus(Duration.ofDays(2)))
                            .reason("需要时间")
                            .build());
        }
        c = casework.submitRectification(
                fireOfficer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("已整改")
                        .build());
        if (needs.equals("RECTIFIED")) {
            return c;
        }
        c = casework.verify(
                jinqiaoGridManager(),
                Verify.of(c.id()).expectedVersion(c.version()).passed(true).build());
        if (needs.equals("VERIFIED")) {
            return c;
        }
        return casework.close(
                center, Close.of(c.id()).expectedVersion(c.version()).build());
    }

    private static final java.util.Set<String> MAJOR_ENDPOINTS = java.util.Set.of(
            "major-hazard-reports", "production-stop", "production-resumption", "production-resumption/review");

    /**
     * A dispatched major hazard of 金桥一号 (fire-brigade, the sample enterprise's), and for the
     * resumption endpoints one whose production is stopped, or whose resumption waits for review.
     */
    static Case majorFor(HttpFixture http, String endpoint) {
        Casework casework = http.gridSafe.casework();
        Actor center = jinqiaoCommandCenter();
        Case c = casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .grid(JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.MAJOR)
                        .description("重大事故隐患测试")
                        .enterpriseId(enterprise().enterpriseId().orElseThrow())
                        .source(CaseSource.GRID_PATROL)
                        .build());
        c = casework.register(
                center, Register.of(c.id()).expectedVersion(c.version()).build());
        c = casework.dispatch(
                center,
                Dispatch.of(c.id())
                        .expectedVersion(c.version())
                        .plan(new org.gridsafe.casework.RectificationPlan(
                                "王厂长",
                                "更换报警装置",
                                "20 万元",
                                http.clock.instant().atZone(ZONE).toLocalDate().plusDays(40),
                                "专人值守"))
                        .listedSupervision(new org.gridsafe.casework.ListedSupervision("区安委办", "区安委办督〔2026〕3号"))
                        .treatmentPlan(org.gridsafe.testkit.SamplePlans.treatment())
                        .build());
        if (endpoint.equals("major-hazard-reports") || endpoint.equals("production-stop")) {
            return c;
        }
        c = casework.stopProduction(
                fireOfficer(),
                org.gridsafe.casework.StopProduction.of(c.id())
                        .expectedVersion(c.version())
                        .scope(org.gridsafe.casework.ProductionStopScope.PART)
                        .reason("无法保证安全")
                        .build());
        if (endpoint.equals("production-resumption")) {
            return c;
        }
        return casework.applyForResumption(
                fireOfficer(),
                org.gridsafe.casework.ApplyForResumption.of(c.id())
                        .expectedVersion(c.version())
                        .summary("已整改完毕")
                        .build());
    }

    /** Another open case in the same grid, to merge into. */
    static Case mergeTarget(HttpFixture http) {
        return http.gridSafe
                .casework()
                .report(
                        jinqiaoGridManager(),
                        Report.builder()
                                .source(CaseSource.GRID_PATROL)
                                .grid(JINQIAO_MICRO_1)
                                .domain(SafetyDomain.FIRE)
                                .hazard(PROTECTION_DEFECT)
                                .grade(HazardGrade.GENERAL)
                                .description("合并目标")
                                .build());
    }

    /** The actor allowed to call {@code endpoint} on a case from {@link #caseFor}. */
    static Actor actorFor(String endpoint) {
        return switch (endpoint) {
            case "report", "verification" -> jinqiaoGridManager();
            case "rectification", "extension-request" -> fireOfficer();
            default -> jinqiaoCommandCenter();
        };
    }
}
