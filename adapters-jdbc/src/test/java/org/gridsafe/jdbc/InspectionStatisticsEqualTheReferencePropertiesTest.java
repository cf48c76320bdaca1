package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.inspection.DocumentKind;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionDecision;
import org.gridsafe.inspection.InspectionDocument;
import org.gridsafe.inspection.InspectionEvent;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.inspection.RecordedInspectionEvent;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.stats.InspectionIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.CaseHistories;
import org.gridsafe.testkit.EntitySamples;
import org.gridsafe.testkit.InspectionWorld;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.threeten.extra.MutableClock;

/**
 * The rule: on the same inspections and entities, {@link JdbcInspectionStatistics} equals {@link
 * InspectionIndicators#of}. Eight entities are registered once (production units of every risk level and
 * none, in two streets, one closed, one a place); every example writes random inspections through the
 * inspection store (origins, days over two years, counted with caps 0 to 2 or not, penalty and other
 * documents) and asks random grids and periods (starting at any hour), with the SQL to equal the
 * reference over what the stores read back.
 *
 * <p>Examples: {@code gridsafe.qt.examples} (default 1000) ÷ 20 per dialect, each writing to a real database;
 * the inspection tables are emptied between examples.
 */
abstract class InspectionStatisticsEqualTheReferencePropertiesTest {

    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final int ENTITIES = 8;
    private static final List<GridCode> OPENING_GRIDS =
            List.of(SampleDistrict.JINQIAO_MICRO_1, SampleDistrict.JINQIAO_MICRO_2, SampleDistrict.SHIHU_MICRO_1);

    /** A database for the whole class; migrated here, emptied before every example. */
    abstract DataSource database();

    /** One inspection: entity, origin, day offset, counted, cap, its documents (kind, day offset). */
    record Spec(int entity, int origin, int day, boolean counted, int cap, int grid, List<int[]> documents) {}

    static Gen<Spec> specs() {
        Gen<int[]> document = SourceDSL.integers()
                .between(0, DocumentKind.values().length - 1)
                .zip(SourceDSL.integers().between(0, 40), (k, d) -> new int[] {k, d});
        return SourceDSL.integers()
                .between(0, ENTITIES - 1)
                .zip(
                        SourceDSL.integers().between(0, InspectionOrigin.values().length - 1),
                        SourceDSL.integers().between(0, 500),
                        SourceDSL.integers().between(-1, 2),
                        (e, o, d, cap) -> new int[] {e, o, d, cap})
                .zip(
                        SourceDSL.integers().between(0, OPENING_GRIDS.size()),
                        SourceDSL.lists().of(document).ofSizeBetween(0, 3),
                        (a, g, docs) -> new Spec(a[0], a[1], a[2], a[3] >= 0, Math.max(0, a[3]), g, docs));
    }

    @Test
    void sqlInspectionIndicatorsEqualTheReference() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory()
                .save(
                        SampleDistrict.grids(),
                        SampleDistrict.dutyMatrix(),
                        TimeLimits.defaults(),
                        SampleDistrict.calendar());
        emptyEntities(ds);
        List<SupervisedEntity> registered = registerEntities(storage);
        Set<String> reached = new TreeSet<>();
        qt().withFixedSeed(Long.getLong("gridsafe.jdbc.qt.seed", 20261202L))
                .withExamples(Math.max(1, Integer.getInteger("gridsafe.qt.examples", 1000) / 20))
                .withShrinkCycles(100)
                .forAll(
                        SourceDSL.lists().of(specs()).ofSizeBetween(0, 24),
                        SourceDSL.lists()
                                .of(SourceDSL.integers()
                                        .between(0, 600 * 24)
                                        .zip(
                                                SourceDSL.integers().between(1, 400 * 24),
                                                SourceDSL.integers().between(0, CaseHistories.GRIDS.size()),
                                                (a, b, g) -> new int[] {a, b, g}))
                                .ofSize(4))
                .checkAssert((specs, questions) -> {
                    emptyInspections(ds);
                    for (int n = 0; n < specs.size(); n++) {
                        storage.inspectionStore().append(decision("I-" + n, specs.get(n), registered));
                    }
                    // Read back through the stores: the reference sees what was stored, not what was meant.
                    List<Inspection> stored = storage.inspectionStore().search(InspectionQuery.all());
                    List<SupervisedEntity> entities = storage.entityRegistry().search(EntityQuery.all());
                    List<int[]> asked = new ArrayList<>(questions);
                    // Besides the random questions, the whole span everywhere: every row counts once.
                    asked.add(new int[] {0, 700 * 24, CaseHistories.GRIDS.size()});
                    for (int[] q : asked) {
                        Instant from = START.atStartOfDay(SampleDistrict.ZONE)
                                .toInstant()
                                .plus(Duration.ofHours(q[0]));
                        Period period = new Period(from, from.plus(Duration.ofHours(q[1])));
                        Optional<GridCode> grid = q[2] == CaseHistories.GRIDS.size()
                                ? Optional.empty()
                                : Optional.of(CaseHistories.GRIDS.get(q[2]));
                        InspectionIndicators reference =
                                InspectionIndicators.of(stored, entities, grid, period, SampleDistrict.ZONE);
                        assertThat(storage.inspectionStatistics()
                                        .inspectionIndicators(grid, period, SampleDistrict.ZONE))
                                .as("%s %s", grid, period)
                                .isEqualTo(reference);
                        if (reference.capViolations() > 0) {
                            reached.add("cap violations");
                        }
                        if (reference.focusEntitiesInspected() > 0
                                && reference.focusEntities() > reference.focusEntitiesInspected()) {
                            reached.add("focus partly covered");
                        }
                        if (reference.randomDraw() > 0 && reference.inspections() > reference.randomDraw()) {
                            reached.add("random and other origins");
                        }
                        if (reference.penaltyNotices() > 0 && reference.penaltyDecisions() > 0) {
                            reached.add("penalty notices and decisions");
                        }
                        if (reference.inspections() > reference.entitiesInspected()) {
                            reached.add("an entity inspected twice");
                        }
                    }
                });
        assertThat(reached)
                .containsExactlyInAnyOrder(
                        "cap violations",
                        "focus partly covered",
                        "random and other origins",
                        "penalty notices and decisions",
                        "an entity inspected twice");
    }

    private static InspectionDecision decision(String id, Spec spec, List<SupervisedEntity> entities) {
        SupervisedEntity e = entities.get(spec.entity());
        LocalDate day = START.plusDays(spec.day());
        GridCode grid = spec.grid() == OPENING_GRIDS.size() ? e.grid().grid() : OPENING_GRIDS.get(spec.grid());
        InspectionId inspection = InspectionId.of(id);
        InspectionEvent.Opened opened = new InspectionEvent.Opened(
                e.id(),
                e.profile().name(),
                grid,
                Set.of(e.kind().name()),
                e.profile().sectors(),
                Optional.of(e.id().value()),
                SampleDistrict.EMERGENCY,
                InspectionOrigin.values()[spec.origin()],
                "",
                day,
                InspectionWorld.twoOfficers(),
                InspectionWorld.CHECKLIST,
                false,
                Optional.empty(),
                spec.counted(),
                spec.counted() ? Optional.of(spec.cap()) : Optional.empty());
        Instant at = day.atStartOfDay(SampleDistrict.ZONE).toInstant().plus(Duration.ofHours(10));
        List<RecordedInspectionEvent> events = new ArrayList<>();
        events.add(new RecordedInspectionEvent(inspection, 1, opened, "em-01", at));
        for (int k = 0; k < spec.documents().size(); k++) {
            int[] d = spec.documents().get(k);
            InspectionDocument document = new InspectionDocument(
                    DocumentKind.values()[d[0]], "应急文〔2026〕" + (k + 1) + "号", day.plusDays(d[1]), "em-01");
            events.add(new RecordedInspectionEvent(
                    inspection, k + 2, new InspectionEvent.DocumentRecorded(document), "em-01", at));
        }
        Inspection folded = Inspection.replay(events);
        // No cap slot: the cap guard would refuse the inspections that make a violation, which is what
        // the figure is there to catch in data that reached a store some other way.
        return new InspectionDecision(folded, 0, events, Optional.empty());
    }

    /** Production units of every risk level and none, in two streets, one closed; and a place. */
    static List<SupervisedEntity> registerEntities(JdbcGridSafeStorage storage) {
        MutableClock clock = SampleDistrict.mondayMorningClock();
        SupervisedEntities service = EntitySamples.service(storage.entityRegistry(), clock);
        Actor center = SampleDistrict.districtCommandCenter();
        RiskLevel[] levels = {
            RiskLevel.RED, RiskLevel.ORANGE, RiskLevel.YELLOW, null, RiskLevel.RED, RiskLevel.ORANGE, RiskLevel.RED
        };
        List<SupervisedEntity> entities = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            var unit = EntitySamples.unit(
                    "统计纺织厂" + i, EntitySamples.code(700 + i), SampleDistrict.POINT_IN_JINQIAO_MICRO_1);
            if (i >= 4) {
                unit = EntitySamples.moved(
                        unit,
                        SampleDistrict.POINT_IN_JINQIAO_MICRO_1,
                        Optional.of(i == 6 ? SampleDistrict.SHIHU_MICRO_1 : SampleDistrict.JINQIAO_MICRO_2));
            }
            SupervisedEntity e =
                    service.execute(center, new EntityCommand.Register(EntityId.of("S-" + i), unit, "统计测试"));
            if (levels[i] != null) {
                e = service.execute(
                        center,
                        new EntityCommand.AssessRisk(
                                e.id(),
                                e.version(),
                                EntitySamples.assessment(AssessorKind.REGULATOR, levels[i], LocalDate.of(2026, 3, 1)),
                                "年度评定"));
            }
            if (i == 5) {
                e = service.execute(center, new EntityCommand.Close(e.id(), e.version(), "关闭"));
            }
            entities.add(e);
        }
        entities.add(service.execute(
                center,
                new EntityCommand.Register(
                        EntityId.of("S-7"),
                        EntitySamples.shop("统计小店", SampleDistrict.POINT_IN_JINQIAO_MICRO_1, Optional.empty()),
                        "统计测试")));
        return entities;
    }

    private static void emptyInspections(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            // Referenced by their documents and events: deleted in order rather than truncated.
            s.execute("DELETE FROM inspection_document");
            s.execute("DELETE FROM inspection_event");
            s.execute("DELETE FROM inspection");
            s.execute("DELETE FROM inspection_cap_count");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the database", e);
        }
    }

    static void emptyEntities(DataSource ds) {
        emptyInspections(ds);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM supervised_entity_event");
            s.execute("DELETE FROM supervised_entity");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the database", e);
        }
    }
}
