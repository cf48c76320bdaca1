package org.gridsafe.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.memory.InMemoryInspectionStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.InspectionWorld;
import org.junit.jupiter.api.Test;

/**
 * Whatever the order of submissions (origins, units, years, joins of combined inspections), no enterprise
 * ever has more counted inspections in a year than its cap, and every refusal is at the cap.
 */
class CapGuardPropertiesTest {

    private static final int UNITS = 3;
    private static final InspectionOrigin[] ORIGINS = InspectionOrigin.values();

    @Test
    void neverMoreThanTheCapPerEnterpriseAndYear() {
        qt().withExamples(40)
                .forAll(
                        lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 14),
                        integers().between(0, 3))
                .checkAssert((submissions, cap) -> {
                    InspectionWorld world = new InspectionWorld(
                            new InMemoryInspectionStore(),
                            UNITS,
                            InspectionRules.standard()
                                    .withCaps(InspectionCaps.standard().withDefault(cap, "test")));
                    Map<String, Integer> counted = new HashMap<>();
                    Map<String, InspectionId> combined = new HashMap<>();
                    for (int n = 0; n < submissions.size(); n++) {
                        int x = submissions.get(n);
                        String unit = "E-" + (1 + x % UNITS);
                        InspectionOrigin origin = ORIGINS[(x / UNITS) % ORIGINS.length];
                        int year = 2025 + (x / 12) % 2;
                        boolean join = (x / 24) % 3 == 0;
                        String key = unit + "@" + year;
                        Optional<InspectionId> joins = join ? Optional.ofNullable(combined.get(key)) : Optional.empty();
                        InspectionId id = InspectionId.of("P-" + n);
                        try {
                            Inspection i = world.inspections()
                                    .open(
                                            InspectionWorld.OFFICER_1,
                                            InspectionWorld.request(
                                                    id.value(), unit, origin, LocalDate.of(year, 3, 1), true, joins));
                            if (i.opened().counted()) {
                                counted.merge(key, 1, Integer::sum);
                            }
                            if (joins.isEmpty()) {
                                combined.putIfAbsent(key, id);
                            }
                            assertThat(i.opened().counted())
                                    .isEqualTo(joins.isEmpty()
                                            && !InspectionCaps.standard().exempt(origin));
                        } catch (InspectionCapExceededException refused) {
                            assertThat(counted.getOrDefault(key, 0)).isEqualTo(cap);
                            assertThat(joins).isEmpty();
                        }
                        for (int u = 1; u <= UNITS; u++) {
                            for (int y = 2025; y <= 2026; y++) {
                                int stored = world.store().countedInspections(EntityId.of("E-" + u), y);
                                assertThat(stored).isLessThanOrEqualTo(cap);
                                assertThat(stored).isEqualTo(counted.getOrDefault("E-" + u + "@" + y, 0));
                                long listed = world
                                        .store()
                                        .search(InspectionQuery.all()
                                                .entity(EntityId.of("E-" + u))
                                                .year(y))
                                        .stream()
                                        .filter(i -> i.opened().counted())
                                        .count();
                                assertThat(listed).isEqualTo(stored);
                            }
                        }
                    }
                });
    }
}
