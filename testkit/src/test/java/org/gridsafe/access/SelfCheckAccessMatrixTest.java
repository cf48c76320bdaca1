package org.gridsafe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every self-inspection action × actor × whose self-inspection, as one table: a row lists what the actor
 * may do; every other action must be refused. The enterprise runs and reports only for itself; the grid
 * (its staff and command centers over it) reads.
 */
class SelfCheckAccessMatrixTest {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    /** A run of unit PU-1 in 金桥一号. */
    private static final SelfCheckFacts PU1_IN_JINQIAO = SelfCheckFacts.of("R-1", JINQIAO_MICRO_1, Optional.of("PU-1"));
    /** A place without a registered operator: no enterprise acts on it. */
    private static final SelfCheckFacts NO_OPERATOR = SelfCheckFacts.of("R-2", JINQIAO_MICRO_1, Optional.empty());

    private static final Set<Action> NONE = EnumSet.noneOf(Action.class);
    private static final Set<Action> READ = EnumSet.of(Action.READ_SELF_CHECK, Action.READ_INTERNAL_REPORT);
    private static final Set<Action> CENTER = EnumSet.of(
            Action.READ_SELF_CHECK,
            Action.READ_INTERNAL_REPORT,
            Action.VERIFY_INTERNAL_REPORT,
            Action.READ_INTERNAL_REPORTER);
    private static final Set<Action> OWN = EnumSet.of(
            Action.MANAGE_SELF_CHECK_PLAN,
            Action.SUBMIT_SELF_CHECK,
            Action.FILE_SELF_CHECK_RETURN,
            Action.READ_SELF_CHECK,
            Action.READ_INTERNAL_REPORT);

    record Row(String who, Actor actor, SelfCheckFacts facts, Set<Action> allowed) {}

    static List<Row> rows() {
        Actor own = Actor.enterprise("ent-PU-1", "金桥纺织安全员", "PU-1");
        Actor stranger = Actor.enterprise("ent-PU-2", "金桥机械安全员", "PU-2");
        Actor staff = Actor.gridStaff("gm-m111", "李网格", JINQIAO_MICRO_1);
        Actor staffNextDoor = Actor.gridStaff("gm-m112", "王网格", JINQIAO_MICRO_2);
        return List.of(
                new Row("the enterprise, its own", own, PU1_IN_JINQIAO, OWN),
                new Row("another enterprise", stranger, PU1_IN_JINQIAO, NONE),
                new Row("an enterprise, a place without operator", own, NO_OPERATOR, NONE),
                new Row("grid staff of the grid", staff, PU1_IN_JINQIAO, READ),
                new Row(
                        "grid staff of the community above",
                        Actor.gridStaff("gm-c11", "社区网格长", JINQIAO_COMMUNITY),
                        PU1_IN_JINQIAO,
                        READ),
                new Row("grid staff of the next micro-grid", staffNextDoor, PU1_IN_JINQIAO, NONE),
                new Row("grid staff of another street", shihuGridManager(), PU1_IN_JINQIAO, NONE),
                new Row("street center, own street", jinqiaoCommandCenter(), PU1_IN_JINQIAO, CENTER),
                new Row("street center, other street", shihuCommandCenter(), PU1_IN_JINQIAO, NONE),
                new Row("district center", districtCommandCenter(), PU1_IN_JINQIAO, CENTER),
                new Row("department officer", emergencyOfficer(), PU1_IN_JINQIAO, NONE),
                new Row("system", Actor.SYSTEM, PU1_IN_JINQIAO, READ),
                new Row("an employee (citizen)", citizen(), NO_OPERATOR, EnumSet.of(Action.SUBMIT_INTERNAL_REPORT)),
                new Row("citizen", citizen(), PU1_IN_JINQIAO, EnumSet.of(Action.SUBMIT_INTERNAL_REPORT)),
                new Row(
                        "district administrator",
                        Actor.districtAdministrator("admin", "区管理员", DISTRICT),
                        PU1_IN_JINQIAO,
                        NONE));
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

    @Test
    void theGridReadsByItsOwnRule() {
        assertThat(POLICY.decide(jinqiaoCommandCenter(), Action.SUBMIT_SELF_CHECK, PU1_IN_JINQIAO)
                        .explanation())
                .contains("an enterprise inspects and reports itself");
        assertThat(POLICY.decide(jinqiaoGridManager(), Action.READ_SELF_CHECK, PU1_IN_JINQIAO)
                        .rule())
                .isEqualTo("grid-staff-read-self-checks-in-subtree");
        assertThat(Action.SUBMIT_SELF_CHECK.onPatrol() || Action.SUBMIT_SELF_CHECK.onEntity())
                .isFalse();
    }
}
