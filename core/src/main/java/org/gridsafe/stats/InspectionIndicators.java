package org.gridsafe.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.inspection.DocumentKind;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionDocument;
import org.gridsafe.inspection.InspectionEvent;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.SupervisedEntity;

/**
 * Inspection indicators (行政检查指标) of a grid subtree over a period: focus coverage, the random-draw
 * share, cap violations (must be 0), inspections per enterprise, and the on-site inspections and
 * penalties the 两升 compare. {@link #of} is the in-memory reference the SQL of a store is tested
 * against; the definitions are in {@code docs/statistics.md}.
 *
 * <pre>{@code
 * InspectionIndicators month = InspectionIndicators.of(inspections, entities, Optional.of(street), november, zone);
 * String share = month.randomDrawShare().percent();
 * }</pre>
 *
 * @param inspections inspections whose day lies in the period, by the grid their entity had when opened
 * @param randomDraw of those, the ones drawn at random (双随机)
 * @param counted of those, the ones counted against their enterprise's yearly cap
 * @param entitiesInspected distinct entities of those inspections
 * @param focusEntities focus enterprises of the subtree now: operating or suspended production units of risk
 *     level red or orange
 * @param focusEntitiesInspected of those, the ones with an inspection whose day lies in the period
 * @param capViolations counted inspections of the period beyond their enterprise's yearly cap
 * @param penaltyNotices penalty notices (行政处罚告知书) dated in the period, of the subtree's inspections
 * @param penaltyDecisions penalty decisions (行政处罚决定书) dated in the period, of the subtree's inspections
 */
public record InspectionIndicators(
        long inspections,
        long randomDraw,
        long counted,
        long entitiesInspected,
        long focusEntities,
        long focusEntitiesInspected,
        long capViolations,
        long penaltyNotices,
        long penaltyDecisions) {

    /** The risk levels that make an enterprise a focus enterprise (the project's own choice). */
    public static final Set<RiskLevel> FOCUS_LEVELS = Set.copyOf(EnumSet.of(RiskLevel.RED, RiskLevel.ORANGE));

    /** Checks the counts fit inside each other. */
    public InspectionIndicators {
        if (randomDraw > inspections
                || counted > inspections
                || entitiesInspected > inspections
                || focusEntitiesInspected > focusEntities
                || capViolations > counted
                || penaltyNotices < 0
                || penaltyDecisions < 0) {
            throw new IllegalArgumentException("inspection indicators' counts do not fit inside each other");
        }
    }

    /** 重点单位检查覆盖率: focus enterprises inspected in the period ÷ focus enterprises. */
    public Rate focusCoverage() {
        return new Rate(focusEntitiesInspected, focusEntities);
    }

    /** 双随机占比: inspections drawn at random ÷ all inspections. */
    public Rate randomDrawShare() {
        return new Rate(randomDraw, inspections);
    }

    /** 户均检查次数: inspections ÷ distinct entities inspected, to two places; empty when none was inspected. */
    public Optional<BigDecimal> inspectionsPerEnterprise() {
        if (entitiesInspected == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(inspections).divide(BigDecimal.valueOf(entitiesInspected), 2, RoundingMode.HALF_UP));
    }

    /** Whether {@code entity} is a focus enterprise: an operating or suspended production unit of risk red or orange. */
    public static boolean isFocus(SupervisedEntity entity) {
        return entity.kind() == EntityKind.PRODUCTION_UNIT
                && (entity.status() == EntityStatus.OPERATING || entity.status() == EntityStatus.SUSPENDED)
                && entity.riskLevel().map(FOCUS_LEVELS::contains).orElse(false);
    }

    /**
     * The indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}, whose days are
     * those of {@code zone} (a day counts when its start lies in the period), from every inspection and
     * entity there is (the subtree is chosen here).
     */
    public static InspectionIndicators of(
            Collection<Inspection> inspections,
            Collection<SupervisedEntity> entities,
            Optional<GridCode> grid,
            Period period,
            ZoneId zone) {
        LocalDate first = PatrolIndicators.firstDay(period, zone);
        LocalDate last = PatrolIndicators.lastDay(period, zone);
        long count = 0;
        long random = 0;
        long counted = 0;
        long notices = 0;
        long decisions = 0;
        Set<String> inspected = new HashSet<>();
        Set<String> inspectedAnywhere = new HashSet<>();
        // Per enterprise and year, the counted inspections with a recorded cap (for the cap violations).
        Map<String, List<InspectionEvent.Opened>> countedByEntityYear = new HashMap<>();
        for (Inspection i : inspections) {
            InspectionEvent.Opened o = i.opened();
            boolean inPeriod = !o.day().isBefore(first) && !o.day().isAfter(last);
            if (inPeriod) {
                inspectedAnywhere.add(o.entity().value());
            }
            if (!in(grid, o.grid())) {
                continue;
            }
            for (InspectionDocument d : i.documents()) {
                if (d.date().isBefore(first) || d.date().isAfter(last)) {
                    continue;
                }
                if (d.kind() == DocumentKind.PENALTY_NOTICE) {
                    notices++;
                } else if (d.kind() == DocumentKind.PENALTY_DECISION) {
                    decisions++;
                }
            }
            if (o.counted() && o.cap().isPresent()) {
                countedByEntityYear
                        .computeIfAbsent(o.entity().value() + "/" + o.day().getYear(), k -> new ArrayList<>())
                        .add(o);
            }
            if (!inPeriod) {
                continue;
            }
            count++;
            inspected.add(o.entity().value());
            if (o.origin() == InspectionOrigin.RANDOM_DRAW) {
                random++;
            }
            if (o.counted()) {
                counted++;
            }
        }
        long violations = 0;
        for (List<InspectionEvent.Opened> year : countedByEntityYear.values()) {
            violations += violations(year, first, last);
        }
        long focus = 0;
        long focusInspected = 0;
        for (SupervisedEntity e : entities) {
            if (in(grid, e.grid().grid()) && isFocus(e)) {
                focus++;
                if (inspectedAnywhere.contains(e.id().value())) {
                    focusInspected++;
                }
            }
        }
        return new InspectionIndicators(
                count, random, counted, inspected.size(), focus, focusInspected, violations, notices, decisions);
    }

    /**
     * The counted inspections of one enterprise and year that the period adds beyond its cap: with n the
     * counted ones up to the period's last day, b those before its first and c the smallest cap recorded
     * up to its last day, max(0, n − c) − max(0, b − c). Order-free, so a store need not sort ids.
     */
    private static long violations(List<InspectionEvent.Opened> year, LocalDate first, LocalDate last) {
        long upToLast = 0;
        long beforeFirst = 0;
        long inPeriod = 0;
        int cap = Integer.MAX_VALUE;
        for (InspectionEvent.Opened o : year) {
            if (o.day().isAfter(last)) {
                continue;
            }
            upToLast++;
            cap = Math.min(cap, o.cap().orElseThrow());
            if (o.day().isBefore(first)) {
                beforeFirst++;
            } else {
                inPeriod++;
            }
        }
        if (inPeriod == 0) {
            return 0;
        }
        return Math.max(0, upToLast - cap) - Math.max(0, beforeFirst - cap);
    }

    private static boolean in(Optional<GridCode> grid, GridCode code) {
        return grid.map(g -> g.isSameOrAncestorOf(code)).orElse(true);
    }
}
