package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.RiskAssessment;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;

/**
 * Entities exported and imported again lose nothing: the same ids, profiles and risk levels, in CSV
 * and in .xlsx; the registry the import fills exports the same CSV bytes again.
 */
class EntityRoundTripPropertiesTest {

    private static final EntityData DATA = EntityData.withDefaults();

    private static int examples() {
        // Each example registers its entities twice and writes four files, two of them zips.
        return Math.max(10, Integer.getInteger("gridsafe.qt.examples", 1000) / 10);
    }

    @Test
    void exportThenImportGivesTheSameEntities() {
        qt().withExamples(examples())
                .forAll(lists().of(integers().between(0, (1 << 24) - 1)).ofSizeBetween(0, 20))
                .checkAssert(numbers -> {
                    List<SampleEntities.Sample> samples = SampleEntities.from(numbers);
                    SupervisedEntities source = SampleEntities.service();
                    for (SampleEntities.Sample s : samples) {
                        SupervisedEntity e = source.execute(
                                SampleEntities.CENTER, new EntityCommand.Register(s.id(), s.profile(), "样例"));
                        if (s.riskLevel().isPresent()) {
                            source.execute(
                                    SampleEntities.CENTER,
                                    new EntityCommand.AssessRisk(
                                            s.id(),
                                            e.version(),
                                            new RiskAssessment(
                                                    AssessorKind.REGULATOR,
                                                    "LS",
                                                    s.riskLevel().get(),
                                                    SampleEntities.TODAY,
                                                    "区应急管理局",
                                                    Optional.empty()),
                                            "评定"));
                        }
                    }
                    List<SupervisedEntity> stored = source.search(SampleEntities.CENTER, EntityQuery.all());
                    for (TableFormat format : TableFormat.values()) {
                        DistrictFiles files = DATA.export(stored, format);
                        EntityData.Reading back = DATA.read(files);
                        assertThat(back.problems()).as(format.name()).isEmpty();
                        assertThat(byId(back.rows())).as(format.name()).isEqualTo(expected(samples));

                        SupervisedEntities target = SampleEntities.service();
                        ImportReport report =
                                DATA.importInto(files, target, SampleEntities.CENTER, SampleEntities.TODAY, false);
                        assertThat(report.problems()).as(format.name()).isEmpty();
                        assertThat(report.changes()).hasSize(samples.size());
                        List<SupervisedEntity> imported = target.search(SampleEntities.CENTER, EntityQuery.all());
                        assertThat(imported)
                                .extracting(SupervisedEntity::profile)
                                .isEqualTo(stored.stream()
                                        .map(SupervisedEntity::profile)
                                        .toList());
                        assertThat(imported)
                                .extracting(SupervisedEntity::riskLevel)
                                .isEqualTo(stored.stream()
                                        .map(SupervisedEntity::riskLevel)
                                        .toList());
                        if (format == TableFormat.CSV) {
                            assertSameBytes(
                                    files.files(), DATA.export(imported, format).files());
                        }
                        // The same files again change nothing.
                        ImportReport again =
                                DATA.importInto(files, target, SampleEntities.CENTER, SampleEntities.TODAY, false);
                        assertThat(again.changes()).isEmpty();
                    }
                });
    }

    private static Map<String, String> expected(List<SampleEntities.Sample> samples) {
        Map<String, String> m = new TreeMap<>();
        samples.forEach(s -> m.put(s.id().value(), s.profile() + " " + s.riskLevel()));
        return m;
    }

    private static Map<String, String> byId(List<EntityData.EntityRow> rows) {
        Map<String, String> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.id().value(), r.profile() + " " + r.riskLevel()));
        return m;
    }

    private static void assertSameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(new String(b.get(name), java.nio.charset.StandardCharsets.UTF_8))
                .as(name)
                .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
