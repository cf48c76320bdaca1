package org.gridsafe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every patrol action × actor × which occurrence, as one table: a row lists what the actor may do; every
 * other patrol action, and every case or entity action on a patrol, must be refused.
 */
class PatrolAccessMatrixTest {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    /** An occurrence in 金桥一号 assigned to its safety officer. */
    private static final PatrolFacts MINE =
            new PatrolFacts(Optional.of("P:2026-11:PL-1"), JINQIAO_MICRO_1, Optional.of("so-m111"));
    /** An occurrence in 石湖一号. */
    private static final PatrolFacts SHIHU =
            new PatrolFacts(Optional.of("P:2026-11:PL-2"), SHIHU_MICRO_1, Optional.of("so-m211"));
    /** A plan over 金桥街道. */
    private static final PatrolFacts PLAN = PatrolFacts.plan("P", JINQIAO_STREET);

    private static final Set<Action> CENTER = EnumSet.of(
            Action.MANAGE_PATROL_PLAN,
            Action.SCHEDULE_PATROLS,
            Action.SKIP_PATROL,
            Action.MARK_PATROL_MISSED,
            Action.READ_PATROL,
            Action.PROPOSE_PATROL_PLAN,
            Action.READ_PATROL_TRACK,
            Action.PURGE_PATROL_TRACKS,
            Action.ACCEPT_PATROL_PLAN);
    private static final Set<Action> NONE = EnumSet.noneOf(Action.class);

    record Row(String who, Actor actor, PatrolFacts facts, Set<Action> allowed) {}

    static List<Row> rows() {
        Actor patroller = Actor.gridStaff("so-m111", "赵安全员", JINQIAO_MICRO_1);
        return List.of(
                new Row(
                        "assignee",
                        patroller,
                        MINE,
                        EnumSet.of(
                                Action.CHECK_IN_PATROL,
                                Action.SUBMIT_PATROL,
                                Action.SKIP_PATROL,
                                Action.READ_PATROL,
                                Action.UPLOAD_PATROL_TRACK)),
                new Row("other staff of the grid", jinqiaoGridManager(), MINE, EnumSet.of(Action.READ_PATROL)),
                new Row("staff of another grid", shihuGridManager(), MINE, NONE),
                new Row("staff, the plan over their street", patroller, PLAN, EnumSet.of(Action.READ_PATROL)),
                new Row("street center, own street", jinqiaoCommandCenter(), MINE, CENTER),
                new Row("street center, plan", jinqiaoCommandCenter(), PLAN, CENTER),
                new Row("street center, other street", jinqiaoCommandCenter(), SHIHU, NONE),
                new Row("district center", districtCommandCenter(), SHIHU, CENTER),
                new Row(
                        "system",
                        Actor.SYSTEM,
                        SHIHU,
                        EnumSet.of(
                                Action.SCHEDULE_PATROLS,
                                Action.MARK_PATROL_MISSED,
                                Action.READ_PATROL,
                                Action.PURGE_PATROL_TRACKS)),
                new Row("department officer", fireOfficer(), MINE, NONE),
                new Row("enterprise", enterprise(), MINE, NONE),
                new Row("citizen", citizen(), MINE, NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachActorMayDoExactlyItsRow(Row row) {
        for (Action action : Action.values()) {
            boolean allowed = POLICY.decide(row.actor(), action, row.facts()).allowed();
            assertThat(allowed)
                    .as("%s: %s on %s", row.who(), action, row.facts().label())
                    .isEqualTo(row.allowed().contains(action));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void nobodyIssuesAnEnforcementDocumentOnAPatrol(Row row) {
        assertThat(POLICY.decide(row.actor(), Action.ISSUE_ENFORCEMENT_DOCUMENT, row.facts())
                        .rule())
                .isEqualTo("patrol-issues-no-enforcement-documents");
    }

    @org.junit.jupiter.api.Test
    void patrolActionsAreNeitherCaseNorEntityActions() {
        Arrays.stream(Action.values()).filter(Action::onPatrol).forEach(a -> {
            assertThat(a.onEntity()).isFalse();
            assertThat(a.onScope()).isFalse();
            assertThat(POLICY.decide(
                                    districtCommandCenter(),
                                    a,
                                    new EntityFacts(Optional.empty(), JINQIAO_MICRO_1, Set.of(), Optional.empty()))
                            .allowed())
                    .isFalse();
        });
    }
}
