package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorRole;
import org.gridsafe.access.CaseFacts;
import org.gridsafe.grid.Grid;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.lifecycle.Step;

/**
 * Step 1, 发现上报: a new case. The source must fit the reporter, the grid and the location must
 * agree (either may be given), the hazard must be in the catalog, a linked major-hazard criterion
 * must be a known item and makes the case MAJOR; access is asked with the facts
 * of the case about to exist. The reporter's fields are checked before access, because the facts
 * come from them.
 */
final class Reporting implements Step<Report, StepContext> {

    @Override
    public void decide(Report report, StepContext ctx) {
        Optional<ReportedCase> reported = check(report, "", ctx);
        if (!ctx.checks().ok()
                || reported.isEmpty()
                || !ctx.permitted(reported.get().facts(ctx.actor()))) {
            return;
        }
        ReportedCase r = reported.get();
        ctx.add(r.event(ctx.deadline(CaseState.REPORTED, r.grade())));
        ctx.notify(
                NotificationKind.CASE_REPORTED,
                Optional.empty(),
                Optional.empty(),
                StepContext.abbreviate(report.description()));
    }

    /** The validated content of a report, before access is checked. */
    record ReportedCase(
            Report report,
            Grid grid,
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            Optional<String> enterpriseId,
            Optional<CaseEntity> entity) {

        CaseFacts facts(Actor actor) {
            return new CaseFacts(
                    Optional.empty(), grid.code(), grade, Optional.empty(), Optional.of(actor.id()), enterpriseId);
        }

        CaseReported event(Instant registerDeadline) {
            return new CaseReported(
                    report.source(),
                    grid.code(),
                    report.location(),
                    domain,
                    hazard,
                    grade,
                    report.description(),
                    report.attachments(),
                    report.anonymous(),
                    report.reporterContact(),
                    enterpriseId,
                    registerDeadline,
                    report.media(),
                    entity,
                    report.licence(),
                    report.origin(),
                    report.majorHazardCriterion());
        }
    }

    /** Checks every field of {@code report} (field names start with {@code prefix}). */
    static Optional<ReportedCase> check(Report report, String prefix, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        Actor actor = ctx.actor();
        if (report.source() == null) {
            checks.fail(
                    prefix + "source",
                    "is required: one of GRID_PATROL, ENTERPRISE_SELF_REPORT, PUBLIC_REPORT, DEPARTMENT_INSPECTION,"
                            + " LICENCE_EXPIRED");
        } else if (actor != null && !mayReportFrom(actor, report.source())) {
            checks.fail(
                    prefix + "source",
                    report.source() + " reports come from "
                            + report.source().reporterRole().enName() + "; " + actor + " is "
                            + actor.roles().stream().map(ActorRole::enName).toList());
        }
        Optional<Grid> grid = resolveGrid(report, prefix, ctx);
        checks.required(prefix + "domain", report.domain());
        if (checks.required(prefix + "hazard", report.hazard())) {
            ctx.checkHazard(prefix + "hazard", report.hazard());
        }
        HazardGrade grade = report.grade();
        Optional<String> criterion = report.majorHazardCriterion();
        if (criterion.isPresent()) {
            ctx.checkMajorHazardCriterion(prefix + "majorHazardCriterion", criterion.get());
            // As at registration: a criterion makes an unset grade MAJOR; GENERAL contradicts it.
            if (grade == null) {
                grade = HazardGrade.MAJOR;
            } else if (grade != HazardGrade.MAJOR) {
                checks.fail(
                        prefix + "grade",
                        "a case linked to major-hazard criterion " + criterion.get()
                                + " is MAJOR; report it as MAJOR or leave the grade unset");
            }
        } else {
            checks.required(prefix + "grade", grade);
        }
        checks.text(prefix + "description", report.description(), InputLimits.DESCRIPTION);
        checks.attachments(prefix + "attachments", report.attachments());
        checks.optionalText(prefix + "reporterContact", report.reporterContact(), InputLimits.CONTACT);
        checks.optionalText(prefix + "enterpriseId", report.enterpriseId(), InputLimits.ID);
        Optional<String> enterprise = report.enterpriseId();
        if (report.source() == CaseSource.ENTERPRISE_SELF_REPORT && actor != null) {
            if (enterprise.isPresent() && !enterprise.equals(actor.enterpriseId())) {
                checks.fail(
                        prefix + "enterpriseId",
                        "an enterprise reports only its own hazards; " + actor + " acts for "
                                + actor.enterpriseId().orElse("no enterprise"));
            }
            enterprise = actor.enterpriseId();
        }
        Optional<CaseEntity> entity = Optional.empty();
        if (report.entity().isPresent()) {
            entity = ctx.entity(prefix + "entity", report.entity().get(), ctx.now());
        }
        if (report.source() == CaseSource.LICENCE_EXPIRED && report.licence().isEmpty()) {
            checks.fail(prefix + "licence", "a LICENCE_EXPIRED case names the expired licence");
        } else if (report.source() != CaseSource.LICENCE_EXPIRED
                && report.licence().isPresent()) {
            checks.fail(prefix + "licence", "only a LICENCE_EXPIRED case names a licence");
        }
        report.origin().ifPresent(o -> {
            checks.text(prefix + "origin.occurrence", o.occurrence(), CaseOrigin.MAX_OCCURRENCE);
            checks.text(prefix + "origin.item", o.item(), InputLimits.ID);
        });
        if (!checks.ok() || grid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ReportedCase(report, grid.get(), report.domain(), report.hazard(), grade, enterprise, entity));
    }

    private static boolean mayReportFrom(Actor actor, CaseSource source) {
        // Command centers also take hotline calls (12345) and enter them as public reports.
        return actor.has(source.reporterRole())
                || (source == CaseSource.PUBLIC_REPORT && actor.has(ActorRole.COMMAND_CENTER));
    }

    private static Optional<Grid> resolveGrid(Report report, String prefix, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        CaseRules rules = ctx.rules();
        if (report.grid().isPresent()) {
            Optional<Grid> grid = rules.grids().find(report.grid().get());
            if (grid.isEmpty()) {
                checks.fail(
                        prefix + "grid", "no grid with code " + report.grid().get() + " in this district");
            } else if (report.location().isPresent()) {
                // Both given: they must agree, or the case would be routed by one and mapped by the other.
                Optional<Grid> located =
                        rules.locator().locate(report.location().get());
                if (located.isEmpty()
                        || !grid.get().code().isSameOrAncestorOf(located.get().code())) {
                    checks.fail(
                            prefix + "location",
                            "point " + report.location().get() + " lies "
                                    + located.map(g -> "in grid " + g.code()).orElse("outside every grid")
                                    + ", not in grid " + report.grid().get() + "; give one of them, or both agreeing");
                }
            }
            return grid;
        }
        if (report.location().isPresent()) {
            Optional<Grid> grid = rules.locator().locate(report.location().get());
            if (grid.isEmpty()) {
                checks.fail(
                        prefix + "location",
                        "point " + report.location().get() + " lies outside every grid of this district");
            }
            return grid;
        }
        checks.fail(prefix + "grid", "give a grid code or a location");
        return Optional.empty();
    }
}
