package org.gridsafe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every inspection action × actor × which inspection, as one table: a row lists what the actor may do;
 * every other action on an inspection must be refused. Grid staff may do nothing (国办发〔2024〕54号).
 */
class InspectionAccessMatrixTest {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    /** An emergency-management inspection in 金桥一号 by em-01 and em-02. */
    private static final InspectionFacts EMERGENCY_IN_JINQIAO =
            InspectionFacts.of("I-1", EMERGENCY, JINQIAO_MICRO_1, Set.of("em-01", "em-02"));
    /** A credential being registered. */
    private static final InspectionFacts CREDENTIAL = InspectionFacts.credential("ZF-001");
    /** A draw by emergency management. */
    private static final InspectionFacts DRAW = InspectionFacts.draw("draw 1", EMERGENCY);

    private static final Set<Action> NONE = EnumSet.noneOf(Action.class);

    record Row(String who, Actor actor, InspectionFacts facts, Set<Action> allowed) {}

    static List<Row> rows() {
        Actor officer = Actor.departmentOfficer("em-01", "应急执法员", EMERGENCY);
        Actor colleague = Actor.departmentOfficer("em-05", "应急执法员", EMERGENCY);
        Actor staff = Actor.gridStaff("gm-m111", "李网格", JINQIAO_MICRO_1);
        return List.of(
                new Row(
                        "an officer of the inspection",
                        officer,
                        EMERGENCY_IN_JINQIAO,
                        EnumSet.of(
                                Action.OPEN_INSPECTION,
                                Action.RECORD_INSPECTION,
                                Action.READ_INSPECTION,
                                Action.DRAW_INSPECTIONS)),
                new Row(
                        "another officer of the department",
                        colleague,
                        EMERGENCY_IN_JINQIAO,
                        EnumSet.of(Action.READ_INSPECTION, Action.DRAW_INSPECTIONS)),
                new Row("an officer of another department", fireOfficer(), EMERGENCY_IN_JINQIAO, NONE),
                new Row("an officer, credentials", officer, CREDENTIAL, NONE),
                new Row(
                        "an officer, a draw of their department",
                        officer,
                        DRAW,
                        EnumSet.of(Action.READ_INSPECTION, Action.DRAW_INSPECTIONS)),
                new Row("grid staff of the grid", staff, EMERGENCY_IN_JINQIAO, NONE),
                new Row("grid staff, a draw", staff, DRAW, NONE),
                new Row(
                        "street center, own street",
                        jinqiaoCommandCenter(),
                        EMERGENCY_IN_JINQIAO,
                        EnumSet.of(Action.READ_INSPECTION)),
                new Row("street center, credentials", jinqiaoCommandCenter(), CREDENTIAL, NONE),
                new Row("street center, other street", shihuCommandCenter(), EMERGENCY_IN_JINQIAO, NONE),
                new Row(
                        "district center",
                        districtCommandCenter(),
                        EMERGENCY_IN_JINQIAO,
                        EnumSet.of(Action.READ_INSPECTION, Action.MANAGE_ENFORCEMENT_CREDENTIAL)),
                new Row(
                        "system",
                        Actor.SYSTEM,
                        EMERGENCY_IN_JINQIAO,
                        EnumSet.of(Action.READ_INSPECTION, Action.MANAGE_ENFORCEMENT_CREDENTIAL)),
                new Row("enterprise", enterprise(), EMERGENCY_IN_JINQIAO, NONE),
                new Row("citizen", citizen(), EMERGENCY_IN_JINQIAO, NONE));
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

    @org.junit.jupiter.api.Test
    void gridStaffMayNotInspectByTheirOwnRule() {
        Actor staff = Actor.gridStaff("gm-m111", "李网格", JINQIAO_MICRO_1);
        for (Action a : EnumSet.of(Action.OPEN_INSPECTION, Action.RECORD_INSPECTION, Action.READ_INSPECTION)) {
            assertThat(POLICY.decide(staff, a, EMERGENCY_IN_JINQIAO).rule()).isEqualTo("grid-staff-do-not-inspect");
        }
        assertThat(Optional.of(Action.OPEN_INSPECTION).map(Action::onPatrol)).contains(false);
    }
}
