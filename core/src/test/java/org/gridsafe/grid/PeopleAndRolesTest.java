package org.gridsafe.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PeopleAndRolesTest {

    @Test
    void everyRoleHasBothDisplayNames() {
        assertThat(GridRole.values()).allSatisfy(role -> {
            assertThat(role.zhName()).isNotBlank();
            assertThat(role.enName()).isNotBlank();
        });
        assertThat(ResponsibleRole.values()).allSatisfy(role -> {
            assertThat(role.zhName()).isNotBlank();
            assertThat(role.enName()).isNotBlank();
        });
        assertThat(GridRole.SENTIMENT_OFFICER.zhName()).isEqualTo("民情员");
        assertThat(ResponsibleRole.ASSIGNED_LEADER.zhName()).isEqualTo("挂点领导");
    }

    @Test
    void theLadderClimbsFromSpecificToAssignedLeaderAndLeavesOutTheLiaison() {
        assertThat(ResponsibleRole.SPECIFIC.nextUp()).contains(ResponsibleRole.IN_CHARGE);
        assertThat(ResponsibleRole.IN_CHARGE.nextUp()).contains(ResponsibleRole.FIRST);
        assertThat(ResponsibleRole.FIRST.nextUp()).contains(ResponsibleRole.ASSIGNED_LEADER);
        assertThat(ResponsibleRole.ASSIGNED_LEADER.nextUp()).isEmpty();
        assertThat(ResponsibleRole.LIAISON.nextUp()).isEmpty();
        assertThat(Arrays.stream(ResponsibleRole.values()).filter(r -> !r.onEscalationLadder()))
                .containsExactly(ResponsibleRole.LIAISON);
    }

    @Test
    void staffAssignmentsSayWhichFieldIsWrong() {
        assertThat(new StaffAssignment("p-1", "张伟", GridRole.GRID_MANAGER).role())
                .isEqualTo(GridRole.GRID_MANAGER);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment(null, "张伟", GridRole.GRID_MANAGER))
                .withMessage("staff personId must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment(" ", "张伟", GridRole.GRID_MANAGER))
                .withMessage("staff personId must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment("p 1", "张伟", GridRole.GRID_MANAGER))
                .withMessage("staff personId must not contain whitespace; found one at position 2 in 'p 1'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment("p".repeat(65), "张伟", GridRole.GRID_MANAGER))
                .withMessage("staff personId must be at most 64 characters; got 65");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment("p-1", "", GridRole.GRID_MANAGER))
                .withMessage("staff displayName must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment("p-1", "张".repeat(101), GridRole.GRID_MANAGER))
                .withMessage("staff displayName must be at most 100 characters; got 101");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment("p-1", "张\n伟", GridRole.GRID_MANAGER))
                .withMessage("staff displayName must not contain control characters; found one at position 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaffAssignment("p-1", "张伟", null))
                .withMessage("staff role must not be null");
    }

    @Test
    void responsiblePersonsSayWhichFieldIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResponsiblePerson("", "王强"))
                .withMessage("responsible personId must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResponsiblePerson("p-2", null))
                .withMessage("responsible displayName must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Responsibility(null, ResponsibleRole.FIRST, new ResponsiblePerson("p-2", "王强")))
                .withMessage("responsibility grid must not be null");
    }

    @Test
    void aChainSkipsVacantRungs() {
        ResponsiblePerson li = new ResponsiblePerson("p-1", "李娜");
        ResponsiblePerson wang = new ResponsiblePerson("p-2", "王强");
        ResponsibilityChain chain = ResponsibilityChain.builder()
                .holder(ResponsibleRole.SPECIFIC, li)
                .holder(ResponsibleRole.FIRST, wang)
                .holder(ResponsibleRole.LIAISON, li)
                .build();

        assertThat(chain.nextHeldAbove(ResponsibleRole.SPECIFIC)).contains(ResponsibleRole.FIRST);
        assertThat(chain.nextHeldAbove(ResponsibleRole.IN_CHARGE)).contains(ResponsibleRole.FIRST);
        assertThat(chain.nextHeldAbove(ResponsibleRole.FIRST)).isEmpty();
        assertThat(chain.nextHeldAbove(ResponsibleRole.LIAISON)).isEmpty();
        assertThat(chain.holder(ResponsibleRole.FIRST)).contains(wang);
        assertThat(chain.holder(ResponsibleRole.IN_CHARGE)).isEmpty();
        assertThat(chain.lowestHeldRung()).contains(ResponsibleRole.SPECIFIC);
        assertThat(ResponsibilityChain.of(chain.holders())).isEqualTo(chain);
        assertThat(ResponsibilityChain.empty().lowestHeldRung()).isEmpty();
        assertThat(ResponsibilityChain.builder()
                        .holder(ResponsibleRole.LIAISON, li)
                        .build()
                        .lowestHeldRung())
                .as("the liaison is not a rung work can land on")
                .isEmpty();
    }
}
