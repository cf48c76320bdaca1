package org.gridsafe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gridsafe.grid.GridCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Administration of the directory as one table: who may import or export the whole district
 * ({@link Action#ADMINISTER_DISTRICT}, over the district's root) and who may change the staff of a
 * grid ({@link Action#ADMINISTER_STAFF}, over that grid). A row lists what the actor may do over the
 * scope; every other action over it must be refused.
 */
class DirectoryAccessMatrixTest {

    private static final AccessPolicy POLICY = AccessPolicy.standard();

    private static final Set<Action> BOTH = EnumSet.of(Action.ADMINISTER_DISTRICT, Action.ADMINISTER_STAFF);
    private static final Set<Action> STAFF = EnumSet.of(Action.ADMINISTER_STAFF);
    private static final Set<Action> NONE = EnumSet.noneOf(Action.class);

    record Row(String who, Actor actor, GridCode scope, Set<Action> allowed) {}

    static List<Row> rows() {
        Actor otherDistrictAdmin = Actor.districtAdministrator("admin-other", "外区管理员", GridCode.parse("320508"));
        Actor communityCenter = Actor.commandCenter("cc-community", "金桥社区工作站", JINQIAO_COMMUNITY);
        return List.of(
                new Row("district administrator, the district", districtAdministrator(), DISTRICT, BOTH),
                new Row("district administrator, a micro-grid", districtAdministrator(), SHIHU_MICRO_1, BOTH),
                new Row("administrator of another district", otherDistrictAdmin, DISTRICT, NONE),
                new Row("street center, a grid of its street", jinqiaoCommandCenter(), JINQIAO_MICRO_1, STAFF),
                new Row("street center, its street", jinqiaoCommandCenter(), JINQIAO_STREET, STAFF),
                new Row("street center, another street's grid", jinqiaoCommandCenter(), SHIHU_MICRO_1, NONE),
                new Row("street center, the district", jinqiaoCommandCenter(), DISTRICT, NONE),
                new Row("district command center", districtCommandCenter(), JINQIAO_MICRO_1, NONE),
                new Row("community center", communityCenter, JINQIAO_MICRO_1, NONE),
                new Row("grid staff, own grid", jinqiaoGridManager(), JINQIAO_MICRO_1, NONE),
                new Row("department officer", fireOfficer(), JINQIAO_MICRO_1, NONE),
                new Row("enterprise", enterprise(), JINQIAO_MICRO_1, NONE),
                new Row("citizen", citizen(), JINQIAO_MICRO_1, NONE),
                new Row("system", Actor.SYSTEM, DISTRICT, NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachActorMayAdministerExactlyItsRow(Row row) {
        for (Action action : BOTH) {
            AccessDecision decision = POLICY.decide(row.actor(), action, ScopeFacts.within(row.scope()));
            assertThat(decision.allowed())
                    .as("%s: %s on %s (%s)", row.who(), action, row.scope(), decision.explanation())
                    .isEqualTo(row.allowed().contains(action));
            if (!decision.allowed()) {
                assertThat(decision.explanation()).contains(row.actor().id(), action.enName());
            }
        }
    }

    @Test
    void aDistrictAdministratorTakesNoPartInCaseworkEntitiesOrPatrols() {
        Actor admin = districtAdministrator();
        CaseFacts anyCase = new CaseFacts(
                java.util.Optional.of("YH-1"),
                JINQIAO_MICRO_1,
                org.gridsafe.hazard.HazardGrade.GENERAL,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
        EntityFacts entity =
                new EntityFacts(java.util.Optional.empty(), JINQIAO_MICRO_1, Set.of(), java.util.Optional.empty());
        PatrolFacts patrol = PatrolFacts.plan("P", JINQIAO_STREET);
        for (Action action : Action.values()) {
            assertThat(POLICY.decide(admin, action, anyCase).allowed())
                    .as("case %s", action)
                    .isFalse();
            assertThat(POLICY.decide(admin, action, entity).allowed())
                    .as("entity %s", action)
                    .isFalse();
            assertThat(POLICY.decide(admin, action, patrol).allowed())
                    .as("patrol %s", action)
                    .isFalse();
        }
        assertThat(POLICY.decide(admin, Action.READ, anyCase).rule()).isEqualTo("district-administrator-no-casework");
    }

    @Test
    void administrationIsDecidedOverAScopeAndNeedsOne() {
        assertThat(Action.ADMINISTER_DISTRICT.onScope()).isTrue();
        assertThat(Action.ADMINISTER_STAFF.onScope()).isTrue();
        assertThat(Action.ADMINISTER_STAFF.onEntity() || Action.ADMINISTER_STAFF.onPatrol())
                .isFalse();
        assertThat(POLICY.decide(districtAdministrator(), Action.ADMINISTER_DISTRICT, ScopeFacts.everything())
                        .allowed())
                .isFalse();
    }

    @Test
    void aDistrictAdministratorNeedsAHomeGrid() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Actor(
                        "a",
                        "管理员",
                        ActorKind.PERSON,
                        Set.of(ActorRole.DISTRICT_ADMINISTRATOR),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()))
                .hasMessageContaining("district administrators need a home grid");
    }
}
