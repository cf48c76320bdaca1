package org.gridsafe.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The random draw: reproducible from its seed whatever the pools' order, exclusions honoured, only from the pools. */
class RandomDrawPropertiesTest {

    private static List<String> pool(String prefix, int size) {
        List<String> p = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            p.add(prefix + i);
        }
        return p;
    }

    @Test
    void theSameSeedAndPoolsGiveTheSameDrawExclusionsHonouredOnlyFromThePools() {
        qt().withExamples(200)
                .forAll(
                        longs().all(),
                        integers().between(1, 30),
                        integers().between(4, 12),
                        integers().between(0, 999))
                .checkAssert((seed, entityCount, inspectorCount, shape) -> {
                    List<String> entities = pool("E-", 30);
                    List<String> inspectors = pool("em-", inspectorCount);
                    List<RandomDraw.Exclusion> exclusions = new ArrayList<>();
                    // Up to two excluded inspectors per entity: enough remain for two each.
                    for (int e = 0; e < 30; e++) {
                        if ((shape + e) % 3 == 0) {
                            exclusions.add(new RandomDraw.Exclusion(
                                    inspectors.get((shape + e) % inspectorCount), entities.get(e)));
                            exclusions.add(new RandomDraw.Exclusion(
                                    inspectors.get((shape + 2 * e + 1) % inspectorCount), entities.get(e)));
                        }
                    }
                    RandomDraw.Request request =
                            new RandomDraw.Request(seed, entities, inspectors, entityCount, 2, exclusions);
                    RandomDraw.Result draw = RandomDraw.draw(request);
                    List<String> shuffledEntities = new ArrayList<>(entities);
                    Collections.shuffle(shuffledEntities, new Random(shape));
                    List<String> shuffledInspectors = new ArrayList<>(inspectors);
                    Collections.shuffle(shuffledInspectors, new Random(shape + 1));
                    assertThat(RandomDraw.draw(new RandomDraw.Request(
                                    seed, shuffledEntities, shuffledInspectors, entityCount, 2, exclusions)))
                            .isEqualTo(draw);
                    assertThat(draw.assignments()).hasSize(entityCount);
                    Set<String> drawn = new HashSet<>();
                    for (RandomDraw.Assignment a : draw.assignments()) {
                        assertThat(entities).contains(a.entity());
                        assertThat(drawn.add(a.entity())).isTrue();
                        assertThat(a.inspectors()).hasSize(2).doesNotHaveDuplicates();
                        assertThat(inspectors).containsAll(a.inspectors());
                        for (String in : a.inspectors()) {
                            assertThat(exclusions).doesNotContain(new RandomDraw.Exclusion(in, a.entity()));
                        }
                    }
                });
    }

    @Test
    void aKnownSeedGivesThePublishedDraw() {
        RandomDraw.Result draw =
                RandomDraw.draw(new RandomDraw.Request(20261110L, pool("E-", 5), pool("em-", 4), 2, 2, List.of()));
        // Recomputed outside Java by the documented algorithm; a change here breaks every published draw.
        assertThat(draw.assignments())
                .containsExactly(
                        new RandomDraw.Assignment("E-3", List.of("em-0", "em-1")),
                        new RandomDraw.Assignment("E-1", List.of("em-0", "em-3")));
    }

    @Test
    void tooFewInspectorsAfterExclusionsOrNamesOutsideThePoolsAreRefusedByField() {
        assertThatThrownBy(() -> RandomDraw.draw(new RandomDraw.Request(
                        1,
                        List.of("E-1"),
                        List.of("em-1", "em-2"),
                        1,
                        2,
                        List.of(new RandomDraw.Exclusion("em-1", "E-1"), new RandomDraw.Exclusion("em-7", "E-1")))))
                .isInstanceOfSatisfying(
                        InvalidInspectionException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).contains("exclusions[1].inspector"));
        assertThatThrownBy(() -> RandomDraw.draw(new RandomDraw.Request(
                        1,
                        List.of("E-1"),
                        List.of("em-1", "em-2"),
                        1,
                        2,
                        List.of(new RandomDraw.Exclusion("em-1", "E-1")))))
                .isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("keeps 1 inspector");
        assertThatThrownBy(() -> RandomDraw.draw(
                        new RandomDraw.Request(1, List.of("E-1"), List.of("em-1", "em-2"), 2, 1, List.of())))
                .isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("entityCount")
                .hasMessageContaining("inspectorsPerEntity");
    }
}
