package org.gridsafe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shipped 九小场所 profiles as properties (QuickTheories: counterexamples are shrunk and
 * replayable by seed): each limit is inclusive and exceeding it by one unit names its measure, and
 * shrinking a count never turns a verdict into OUTSIDE.
 */
class NineSmallClassifierPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 300);
    private static final List<NineSmallProfile> PROFILES =
            NineSmallProfiles.standard().profiles();

    /** Every (profile, threshold) pair the shipped data has. */
    private static final List<Object[]> LIMITS = limits();

    private static List<Object[]> limits() {
        List<Object[]> all = new ArrayList<>();
        for (NineSmallProfile p : PROFILES) {
            for (NineSmallThreshold t : p.thresholds()) {
                all.add(new Object[] {p, t});
            }
        }
        return all;
    }

    /**
     * Measures that satisfy {@code t}'s condition and are not inside a complex, with every count the
     * type's applying limits name set to {@code fraction} per mille of its limit (other counts 0).
     */
    private static PlaceMeasures atFractionOfLimits(NineSmallProfile p, NineSmallThreshold t, int perMille) {
        PlaceMeasures m = PlaceMeasures.of(t.when()).with(PlaceMeasure.INSIDE_COMPLEX, false);
        for (PlaceMeasure measure : PlaceMeasure.values()) {
            if (measure.numeric()) {
                m = m.with(measure, measure == PlaceMeasure.FLOOR_AREA || measure == PlaceMeasure.STOREY ? 1 : 0);
            } else if (measure != PlaceMeasure.INSIDE_COMPLEX && !t.when().containsKey(measure)) {
                m = m.with(measure, false);
            }
        }
        for (NineSmallThreshold other : p.thresholds(t.type())) {
            if (applies(other, m)) {
                int min = other.measure() == PlaceMeasure.FLOOR_AREA || other.measure() == PlaceMeasure.STOREY ? 1 : 0;
                m = m.with(other.measure(), Math.max(min, (int) ((long) other.max() * perMille / 1000)));
            }
        }
        return m;
    }

    private static boolean applies(NineSmallThreshold t, PlaceMeasures m) {
        return t.when().entrySet().stream()
                .allMatch(c -> m.flag(c.getKey()).orElse(false).equals(c.getValue()));
    }

    private static Gen<Integer> limitIndexes() {
        return integers().between(0, LIMITS.size() - 1);
    }

    @Test
    void theShippedProfilesAreBothThereWithTheirEvidence() {
        assertThat(PROFILES).extracting(NineSmallProfile::id).containsExactly("WIDELY_USED", "ZHENGZHOU_2024");
        assertThat(PROFILES).extracting(p -> p.provenance().evidence().tag()).containsExactly("secondary", "local");
        assertThat(LIMITS).hasSizeGreaterThan(20);
    }

    @Test
    void atTheLimitIsWithinAndOneAboveIsOutsideNamingTheMeasure() {
        qt().withExamples(EXAMPLES)
                .forAll(limitIndexes(), integers().between(0, 1000))
                .checkAssert((index, perMille) -> {
                    NineSmallProfile p = (NineSmallProfile) LIMITS.get(index)[0];
                    NineSmallThreshold t = (NineSmallThreshold) LIMITS.get(index)[1];
                    PlaceMeasures base = atFractionOfLimits(p, t, perMille);
                    PlaceMeasures atLimit = base.with(t.measure(), t.max());
                    NineSmallVerdict within = NineSmallClassifier.classify(p, t.type(), atLimit);
                    assertThat(within.outcome())
                            .as("%s %s at %s: %s", p.id(), t, atLimit, within.message())
                            .isEqualTo(NineSmallOutcome.WITHIN);
                    PlaceMeasures above = base.with(t.measure(), t.max() + 1);
                    NineSmallVerdict outside = NineSmallClassifier.classify(p, t.type(), above);
                    assertThat(outside.outcome())
                            .as("%s %s at %s", p.id(), t, above)
                            .isEqualTo(NineSmallOutcome.OUTSIDE);
                    assertThat(outside.findings())
                            .extracting(NineSmallVerdict.Finding::measure)
                            .containsExactly(t.measure());
                    assertThat(outside.findings().get(0).message())
                            .contains(t.measure().field() + " " + t.measure().format(t.max() + 1))
                            .contains("exceeds " + t.measure().format(t.max()))
                            .contains(t.type().zhName())
                            .contains(p.id());
                });
    }

    @Test
    void shrinkingACountNeverTurnsAVerdictIntoOutside() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        integers().between(0, PROFILES.size() * NineSmallType.values().length - 1),
                        measures(),
                        integers().between(0, 5),
                        integers().between(0, 1_000))
                .checkAssert((pt, m, which, by) -> {
                    NineSmallProfile p = PROFILES.get(pt / NineSmallType.values().length);
                    NineSmallType type = NineSmallType.values()[pt % NineSmallType.values().length];
                    PlaceMeasure measure = PlaceMeasure.values()[which];
                    NineSmallVerdict before = NineSmallClassifier.classify(p, type, m);
                    int min = measure == PlaceMeasure.FLOOR_AREA || measure == PlaceMeasure.STOREY ? 1 : 0;
                    PlaceMeasures smaller = m.count(measure)
                            .map(v -> m.with(measure, Math.max(min, v - by)))
                            .orElse(m);
                    NineSmallVerdict after = NineSmallClassifier.classify(p, type, smaller);
                    if (before.outcome() != NineSmallOutcome.OUTSIDE) {
                        assertThat(after.outcome())
                                .as("%s %s: %s, then %s", p.id(), type, m, smaller)
                                .isNotEqualTo(NineSmallOutcome.OUTSIDE);
                    }
                    if (before.outcome() == NineSmallOutcome.WITHIN) {
                        assertThat(after.outcome()).isEqualTo(NineSmallOutcome.WITHIN);
                    }
                });
    }

    /** Any measures, each part known or not; counts around the shipped limits. */
    private static Gen<PlaceMeasures> measures() {
        Gen<Integer> count = integers().between(-1, 700);
        Gen<Integer> flag = integers().between(-1, 1);
        return count.zip(count, count, count, (a, b, c, d) -> new int[] {a, b, c, d})
                .zip(count, count, (abcd, e, f) -> new int[] {abcd[0], abcd[1], abcd[2], abcd[3], e, f})
                .zip(flag, flag, flag, (n, g, h, i) -> {
                    PlaceMeasures m = PlaceMeasures.none();
                    for (int k = 0; k < 6; k++) {
                        PlaceMeasure measure = PlaceMeasure.values()[k];
                        int min = measure == PlaceMeasure.FLOOR_AREA || measure == PlaceMeasure.STOREY ? 1 : 0;
                        int max = measure == PlaceMeasure.STOREY ? 8 : PlaceMeasures.MAX_COUNT;
                        m = n[k] < 0 ? m : m.with(measure, Math.min(max, Math.max(min, n[k])));
                    }
                    int[] flags = {g, h, i};
                    for (int k = 0; k < 3; k++) {
                        m = flags[k] < 0 ? m : m.with(PlaceMeasure.values()[6 + k], flags[k] == 1);
                    }
                    return m;
                });
    }
}
