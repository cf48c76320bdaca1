package org.gridsafe.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One entry of a patrol ranking: a grid or staff member, its patrol indicators and its score under the
 * ranking's {@link PatrolRankingWeights}.
 *
 * @param subject what is ranked
 * @param indicators its patrol indicators
 * @param score its weighted score
 * @param <T> the kind of subject
 */
public record RankedPatrol<T>(T subject, PatrolIndicators indicators, double score) {

    public RankedPatrol {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(indicators, "indicators");
    }

    /** Whether anything was counted: a patrol due, a patrol-found case or a track day. */
    public boolean counted() {
        return indicators.due() > 0
                || indicators.patrolCases() > 0
                || !indicators.staff().isEmpty();
    }

    /**
     * {@code entries} best first: by score, those with nothing counted last, ties by {@code key}
     * (the order after the score is the project's own choice).
     */
    public static <T> List<RankedPatrol<T>> best(List<RankedPatrol<T>> entries, Function<T, String> key) {
        return entries.stream()
                .sorted(Comparator.<RankedPatrol<T>, Boolean>comparing(r -> !r.counted())
                        .thenComparing(Comparator.<RankedPatrol<T>>comparingDouble(RankedPatrol::score)
                                .reversed())
                        .thenComparing(r -> key.apply(r.subject())))
                .toList();
    }
}
