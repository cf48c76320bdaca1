package org.gridsafe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.port.EntityRegistry;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.MutableClock;

/** The registry's rules as properties (QuickTheories: counterexamples are shrunk and replayable by seed). */
class EntityPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 300);
    private static final Actor CENTER = districtCommandCenter();
    private static final GridLocator LOCATOR = GridLocator.of(grids());

    /** Points over the sample district and a margin around it, so some fall outside every grid. */
    private static Gen<GeoPoint> points() {
        return doubles().between(119.95, 120.25).zip(doubles().between(30.95, 31.15), GeoPoint::new);
    }

    @Test
    void theGridOfAUnitIsTheMicroGridTheLocatorFinds() {
        qt().withExamples(EXAMPLES).forAll(points()).checkAssert(point -> {
            SupervisedEntities entities = service(new InMemoryEntityRegistry(), mondayMorningClock());
            Optional<Grid> located = LOCATOR.locate(point).filter(g -> g.level() == GridLevel.MICRO);
            try {
                SupervisedEntity unit = entities.execute(
                        CENTER, new EntityCommand.Register(EntityId.of("PU-1"), unit("甲", code(1), point), "登记"));
                assertThat(located).as("registered at %s", point).isPresent();
                assertThat(unit.grid())
                        .isEqualTo(GridAssignment.byPoint(located.get().code()));
            } catch (InvalidEntityValueException refused) {
                assertThat(located)
                        .as("refused at %s: %s", point, refused.getMessage())
                        .isEmpty();
                assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("address.point");
            }
        });
    }

    /** Command kinds a random run draws from: 0 amend, 1 suspend, 2 resume, 3 close, 4 deregister, 5 self, 6 regulator. */
    private static EntityCommand command(int kind, SupervisedEntity e, int step) {
        long v = e.version();
        return switch (kind) {
            case 0 -> new EntityCommand.Amend(e.id(), v, withEmployees((ProductionUnit) e.profile(), step), "改人数");
            case 1 -> new EntityCommand.Suspend(e.id(), v, "停产");
            case 2 -> new EntityCommand.Resume(e.id(), v, "复产");
            case 3 -> new EntityCommand.Close(e.id(), v, "关闭");
            case 4 -> new EntityCommand.Deregister(e.id(), v, "注销");
            case 5 ->
                new EntityCommand.SubmitSelfAssessment(
                        e.id(),
                        v,
                        assessment(
                                AssessorKind.SELF,
                                RiskLevel.values()[step % 4],
                                LocalDate.of(2026, 1, 1).plusDays(step)),
                        "自评");
            default ->
                new EntityCommand.AssessRisk(
                        e.id(),
                        v,
                        assessment(
                                AssessorKind.REGULATOR,
                                RiskLevel.values()[(step + 1) % 4],
                                LocalDate.of(2026, 1, 1).plusDays(step)),
                        "评定");
        };
    }

    @Test
    void statusMovesOnlyByTheTableAndTheHistoryReplaysToTheCurrentEntity() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(integers().between(0, 6)).ofSizeBetween(1, 25))
                .checkAssert(kinds -> {
                    MutableClock clock = mondayMorningClock();
                    EntityRegistry registry = new InMemoryEntityRegistry();
                    SupervisedEntities entities = service(registry, clock);
                    SupervisedEntity e = entities.execute(
                            CENTER,
                            new EntityCommand.Register(
                                    EntityId.of("PU-1"), unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1), "登记"));
                    int step = 0;
                    for (int kind : kinds) {
                        clock.add(Duration.ofMinutes(1));
                        EntityCommand c = command(kind, e, ++step);
                        var row = EntityLifecycle.TABLE.find(e.status(), c.getClass());
                        try {
                            // The unit submits its own assessment; the district center does the rest.
                            Actor actor = kind == 5 ? enterpriseOf(e.id()) : CENTER;
                            SupervisedEntity after = entities.execute(actor, c);
                            assertThat(row)
                                    .as("%s accepted in %s", c.getClass().getSimpleName(), e.status())
                                    .isPresent();
                            assertThat(row.get().leadsTo(e.status(), after.status()))
                                    .isTrue();
                            assertThat(after.version()).isEqualTo(e.version() + 1);
                            e = after;
                        } catch (WrongEntityStateException refused) {
                            assertThat(row)
                                    .as("%s refused in %s", c.getClass().getSimpleName(), e.status())
                                    .isEmpty();
                            assertThat(registry.find(e.id())).contains(e);
                        }
                    }
                    List<RecordedEntityEvent> history = registry.history(e.id());
                    assertThat(SupervisedEntity.replay(history)).isEqualTo(e);
                    assertThat(history).hasSize((int) e.version());
                    for (int i = 1; i <= history.size(); i++) {
                        assertThat(SupervisedEntity.replay(history.subList(0, i))
                                        .version())
                                .isEqualTo(i);
                    }
                    // The effective level is the latest regulator's, else the latest self-assessment.
                    SupervisedEntity last = e;
                    Optional<RiskLevel> expected = last.latest(AssessorKind.REGULATOR)
                            .or(() -> last.latest(AssessorKind.SELF))
                            .map(RiskAssessment::level);
                    assertThat(last.riskLevel()).isEqualTo(expected);
                });
    }
}
