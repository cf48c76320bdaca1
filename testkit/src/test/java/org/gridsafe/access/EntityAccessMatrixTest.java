package org.gridsafe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entity action × actor × where the entity is, as one table: a row lists the actions the actor
 * may take on the entity; every other entity action must be refused.
 */
class EntityAccessMatrixTest {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    /** A unit in Jinqiao's first micro-grid, supervised by the emergency department, its own enterprise "PU-1". */
    private static final EntityFacts JINQIAO_UNIT =
            new EntityFacts(Optional.of("PU-1"), JINQIAO_MICRO_1, Set.of(EMERGENCY), Optional.of("PU-1"));
    /** A place in Shihu, supervised by the fire brigade, operated by "PU-1". */
    private static final EntityFacts SHIHU_PLACE =
            new EntityFacts(Optional.of("PL-1"), SHIHU_MICRO_1, Set.of(FIRE_BRIGADE), Optional.of("PU-1"));

    private static final Set<Action> CENTER_ACTIONS = EnumSet.of(
            Action.REGISTER_ENTITY,
            Action.EDIT_ENTITY,
            Action.CHANGE_ENTITY_STATUS,
            Action.ASSESS_ENTITY_RISK,
            Action.READ_ENTITY);
    private static final Set<Action> NONE = EnumSet.noneOf(Action.class);

    record Row(String who, Actor actor, EntityFacts facts, Set<Action> allowed) {}

    static List<Row> rows() {
        Actor own = Actor.enterprise("ent-pu1", "甲单位安全员", "PU-1");
        Actor other = Actor.enterprise("ent-pu2", "乙单位安全员", "PU-2");
        return List.of(
                new Row("district center, inside", districtCommandCenter(), JINQIAO_UNIT, CENTER_ACTIONS),
                new Row("street center, own street", jinqiaoCommandCenter(), JINQIAO_UNIT, CENTER_ACTIONS),
                new Row("street center, other street", jinqiaoCommandCenter(), SHIHU_PLACE, NONE),
                new Row("grid staff, own grid", jinqiaoGridManager(), JINQIAO_UNIT, EnumSet.of(Action.READ_ENTITY)),
                new Row("grid staff, other grid", jinqiaoGridManager(), SHIHU_PLACE, NONE),
                new Row(
                        "department, its unit",
                        emergencyOfficer(),
                        JINQIAO_UNIT,
                        EnumSet.of(Action.READ_ENTITY, Action.ASSESS_ENTITY_RISK)),
                new Row("department, not its unit", emergencyOfficer(), SHIHU_PLACE, NONE),
                new Row(
                        "enterprise, own unit",
                        own,
                        JINQIAO_UNIT,
                        EnumSet.of(Action.READ_ENTITY, Action.EDIT_ENTITY, Action.SUBMIT_SELF_ASSESSMENT)),
                new Row(
                        "enterprise, place it operates",
                        own,
                        SHIHU_PLACE,
                        EnumSet.of(Action.READ_ENTITY, Action.EDIT_ENTITY, Action.SUBMIT_SELF_ASSESSMENT)),
                new Row("enterprise, another's unit", other, JINQIAO_UNIT, NONE),
                new Row("citizen", citizen(), JINQIAO_UNIT, NONE),
                new Row("system", Actor.SYSTEM, SHIHU_PLACE, EnumSet.of(Action.READ_ENTITY)));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows()) {
            for (Action action : Action.values()) {
                if (action.onEntity()) {
                    cells.add(Arguments.of(row.who(), action, row));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cells")
    void theMatrixHolds(String who, Action action, Row row) {
        AccessDecision decision = POLICY.decide(row.actor(), action, row.facts());
        assertThat(decision.allowed())
                .as("%s %s: %s", who, action, decision.explanation())
                .isEqualTo(row.allowed().contains(action));
        assertThat(decision.rule()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void caseActionsAreNeverAllowedOnAnEntity(Row row) {
        for (Action action : Action.values()) {
            if (!action.onEntity()) {
                assertThat(POLICY.decide(row.actor(), action, row.facts()).allowed())
                        .as("%s %s", row.who(), action)
                        .isFalse();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void entityActionsAreNeverAllowedOnACase() {
        CaseFacts aCase = new CaseFacts(
                Optional.of("C-1"),
                JINQIAO_MICRO_1,
                org.gridsafe.hazard.HazardGrade.GENERAL,
                Optional.of(EMERGENCY),
                Optional.empty(),
                Optional.of("PU-1"));
        for (Row row : rows()) {
            for (Action action : Action.values()) {
                if (action.onEntity()) {
                    assertThat(POLICY.decide(row.actor(), action, aCase).allowed())
                            .as("%s %s", row.who(), action)
                            .isFalse();
                }
            }
        }
        assertThat(Map.of()).isEmpty();
    }
}
