package org.gridsafe.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, by a {@link NineSmallProfile}, whether a place's measures make it a 九小场所 of a type.
 * Pure: the same profile, type and measures always give the same verdict.
 *
 * <p>The rule: a place inside a mixed-use premises or commercial complex is outside a profile that
 * excludes those. Of the type's limits, those whose {@code when} condition holds apply (a
 * condition on an unknown yes/no measure makes that measure missing). Any applying limit exceeded:
 * {@link NineSmallOutcome#OUTSIDE}; else any needed measure unknown:
 * {@code NOT_DECIDABLE}; else no limit applies (or the type has none): {@code NOT_COVERED}; else
 * {@code WITHIN}. Shrinking a count never turns a verdict into {@code OUTSIDE}.
 */
public final class NineSmallClassifier {

    private NineSmallClassifier() {}

    /** The verdict of {@code profile} on a place of {@code type} with {@code measures}. */
    public static NineSmallVerdict classify(NineSmallProfile profile, NineSmallType type, PlaceMeasures measures) {
        List<NineSmallVerdict.Finding> findings = new ArrayList<>();
        Set<PlaceMeasure> missing = EnumSet.noneOf(PlaceMeasure.class);
        String where = " for " + type.zhName() + " under " + profile.id();
        List<NineSmallThreshold> thresholds = profile.thresholds(type);
        if (thresholds.isEmpty()) {
            return new NineSmallVerdict(
                    profile.id(),
                    type,
                    NineSmallOutcome.NOT_COVERED,
                    List.of(),
                    Set.of(),
                    Optional.of(profile.id() + " sets no thresholds for " + type.zhName() + " (" + type.name() + ")"));
        }
        if (profile.excludesInsideComplex()) {
            var inside = measures.insideComplex();
            if (inside.isEmpty()) {
                missing.add(PlaceMeasure.INSIDE_COMPLEX);
            } else if (inside.get()) {
                findings.add(new NineSmallVerdict.Finding(
                        PlaceMeasure.INSIDE_COMPLEX,
                        "yes",
                        "no",
                        "insideComplex: a place inside a mixed-use premises or commercial complex is not a 九小场所"
                                + " under " + profile.id()));
            }
        }
        boolean anyApplies = false;
        Set<PlaceMeasure> unknownConditions = EnumSet.noneOf(PlaceMeasure.class);
        for (NineSmallThreshold t : thresholds) {
            Boolean holds = holds(t.when(), measures, unknownConditions);
            if (holds == null || !holds) {
                continue;
            }
            anyApplies = true;
            var value = measures.count(t.measure());
            if (value.isEmpty()) {
                missing.add(t.measure());
            } else if (value.get() > t.max()) {
                PlaceMeasure m = t.measure();
                findings.add(new NineSmallVerdict.Finding(
                        m,
                        m.format(value.get()),
                        m.format(t.max()),
                        m.field() + " " + m.format(value.get()) + " exceeds " + m.format(t.max()) + condition(t)
                                + where));
            }
        }
        if (!findings.isEmpty()) {
            return new NineSmallVerdict(
                    profile.id(), type, NineSmallOutcome.OUTSIDE, findings, Set.of(), Optional.empty());
        }
        if (!anyApplies) {
            missing.addAll(unknownConditions);
        }
        if (!missing.isEmpty()) {
            return new NineSmallVerdict(
                    profile.id(), type, NineSmallOutcome.NOT_DECIDABLE, List.of(), missing, Optional.empty());
        }
        if (!anyApplies) {
            Map<PlaceMeasure, Boolean> stated = new LinkedHashMap<>();
            thresholds.forEach(t -> t.when()
                    .keySet()
                    .forEach(m -> stated.put(m, measures.flag(m).orElseThrow())));
            return new NineSmallVerdict(
                    profile.id(),
                    type,
                    NineSmallOutcome.NOT_COVERED,
                    List.of(),
                    Set.of(),
                    Optional.of(profile.id() + " sets no threshold for a " + type.zhName() + " with " + yesNo(stated)
                            + "; its thresholds are for " + conditions(thresholds)));
        }
        return new NineSmallVerdict(profile.id(), type, NineSmallOutcome.WITHIN, List.of(), Set.of(), Optional.empty());
    }

    /**
     * The types a place with {@code measures} is a 九小场所 of under {@code profile} (verdict
     * {@code WITHIN}), for suggesting a type to a registrant.
     */
    public static List<NineSmallType> qualifyingTypes(NineSmallProfile profile, PlaceMeasures measures) {
        List<NineSmallType> types = new ArrayList<>();
        for (NineSmallType type : NineSmallType.values()) {
            if (classify(profile, type, measures).outcome() == NineSmallOutcome.WITHIN) {
                types.add(type);
            }
        }
        return types;
    }

    /** TRUE, FALSE, or null if a condition measure is unknown (added to {@code unknown}). */
    private static Boolean holds(Map<PlaceMeasure, Boolean> when, PlaceMeasures measures, Set<PlaceMeasure> unknown) {
        boolean allKnown = true;
        for (Map.Entry<PlaceMeasure, Boolean> c : when.entrySet()) {
            var value = measures.flag(c.getKey());
            if (value.isEmpty()) {
                allKnown = false;
            } else if (!value.get().equals(c.getValue())) {
                return Boolean.FALSE;
            }
        }
        if (!allKnown) {
            when.keySet().stream().filter(m -> !measures.has(m)).forEach(unknown::add);
            return null;
        }
        return Boolean.TRUE;
    }

    private static String condition(NineSmallThreshold t) {
        return t.when().isEmpty() ? "" : " (" + yesNo(t.when()) + ")";
    }

    private static String conditions(List<NineSmallThreshold> thresholds) {
        return String.join(
                "; ",
                thresholds.stream()
                        .map(t -> t.when().isEmpty() ? "every case" : yesNo(t.when()))
                        .distinct()
                        .toList());
    }

    private static String yesNo(Map<PlaceMeasure, Boolean> flags) {
        return String.join(
                ", ",
                flags.entrySet().stream()
                        .map(e -> e.getKey().field() + " = " + (e.getValue() ? "yes" : "no"))
                        .toList());
    }
}
