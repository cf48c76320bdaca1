package org.gridsafe.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;

class DutyMatrixTest {

    static final DepartmentId YJJ = DepartmentId.of("yjj");
    static final DepartmentId XFJY = DepartmentId.of("xfjy");
    static final DepartmentId ZJJ = DepartmentId.of("zjj");
    static final DepartmentId JD = DepartmentId.of("street-office");

    static final Department EMERGENCY = new Department(
            YJJ, "应急管理局", "emergency management bureau", Set.of(SafetyDomain.PRODUCTION, SafetyDomain.PUBLIC));
    static final Department FIRE = new Department(XFJY, "消防救援大队", "fire and rescue brigade", Set.of(SafetyDomain.FIRE));
    static final Department HOUSING = new Department(
            ZJJ, "住房和城乡建设局", "housing and construction bureau", Set.of(SafetyDomain.CONSTRUCTION, SafetyDomain.FIRE));
    static final Department STREET =
            new Department(JD, "街道安监办", "street safety office", EnumSet.allOf(SafetyDomain.class));

    private static HazardCode code(String text) {
        return HazardCode.parse(text);
    }

    private DutyMatrix matrix() {
        return DutyMatrix.builder()
                .department(EMERGENCY)
                .department(FIRE)
                .department(HOUSING)
                .department(STREET)
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, YJJ))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, JD).atLevel(GridLevel.MICRO))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, JD).forGrade(HazardGrade.GENERAL))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, YJJ).forHazard(code("2")))
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY))
                .rule(DutyRule.of(SafetyDomain.FIRE, ZJJ)
                        .forHazard(code("2101"))
                        .forGrade(HazardGrade.MAJOR))
                .build();
    }

    @Test
    void theMostSpecificMatchingRuleWins() {
        DutyMatrix matrix = matrix();

        assertThat(matrix.require(SafetyDomain.FIRE, code("210101"), HazardGrade.MAJOR, GridLevel.COMMUNITY))
                .isEqualTo(HOUSING);
        assertThat(matrix.require(SafetyDomain.FIRE, code("210101"), HazardGrade.GENERAL, GridLevel.COMMUNITY))
                .isEqualTo(FIRE);
        assertThat(matrix.require(SafetyDomain.FIRE, code("2102"), HazardGrade.MAJOR, GridLevel.COMMUNITY))
                .isEqualTo(FIRE);
        // hazard depth beats grade: "2" (category) beats "grade GENERAL" without a hazard
        assertThat(matrix.require(SafetyDomain.PRODUCTION, code("2101"), HazardGrade.GENERAL, GridLevel.MICRO))
                .isEqualTo(EMERGENCY);
        // grade beats grid level
        assertThat(matrix.require(SafetyDomain.PRODUCTION, code("1101"), HazardGrade.GENERAL, GridLevel.MICRO))
                .isEqualTo(STREET);
        assertThat(matrix.require(SafetyDomain.PRODUCTION, code("1101"), HazardGrade.MAJOR, GridLevel.MICRO))
                .isEqualTo(STREET);
        assertThat(matrix.require(SafetyDomain.PRODUCTION, code("1101"), HazardGrade.MAJOR, GridLevel.STREET))
                .isEqualTo(EMERGENCY);
    }

    @Test
    void specificityOrdersHazardDepthThenGradeThenGridLevel() {
        DutyRule any = DutyRule.of(SafetyDomain.FIRE, XFJY);
        assertThat(any.specificity()).isZero();
        assertThat(any.atLevel(GridLevel.STREET).specificity()).isEqualTo(1);
        assertThat(any.forGrade(HazardGrade.MAJOR).specificity()).isEqualTo(2);
        assertThat(any.forGrade(HazardGrade.MAJOR).atLevel(GridLevel.STREET).specificity())
                .isEqualTo(3);
        assertThat(any.forHazard(code("2")).specificity()).isEqualTo(4);
        assertThat(any.forHazard(code("21")).specificity()).isEqualTo(8);
        assertThat(any.forHazard(code("2101")).specificity()).isEqualTo(12);
        assertThat(any.forHazard(code("210101"))
                        .forGrade(HazardGrade.MAJOR)
                        .atLevel(GridLevel.MICRO)
                        .specificity())
                .isEqualTo(19);
    }

    @Test
    void aCaseNoRuleCoversIsNamedInTheException() {
        DutyMatrix matrix = matrix();

        assertThat(matrix.route(SafetyDomain.TRAFFIC, code("2101"), HazardGrade.MAJOR, GridLevel.COMMUNITY))
                .isEmpty();
        assertThatThrownBy(() ->
                        matrix.require(SafetyDomain.TRAFFIC, code("2101"), HazardGrade.MAJOR, GridLevel.COMMUNITY))
                .isInstanceOf(NoResponsibleDepartmentException.class)
                .hasMessage("no duty rule covers domain TRAFFIC, hazard 2101, grade MAJOR, grid level COMMUNITY");
    }

    @Test
    void departmentsAndRulesCanBeListedAndLookedUp() {
        DutyMatrix matrix = matrix();

        assertThat(matrix.departments()).containsExactly(EMERGENCY, FIRE, HOUSING, STREET);
        assertThat(matrix.department(XFJY)).contains(FIRE);
        assertThat(matrix.department(DepartmentId.of("nobody"))).isEmpty();
        assertThat(matrix.rules()).hasSize(6);
        assertThat(matrix.rules().get(0)).isEqualTo(DutyRule.of(SafetyDomain.PRODUCTION, YJJ));
    }

    @Test
    void identicalRulesAreKeptOnce() {
        DutyMatrix matrix = DutyMatrix.builder()
                .department(FIRE)
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY))
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY))
                .build();
        assertThat(matrix.rules()).containsExactly(DutyRule.of(SafetyDomain.FIRE, XFJY));
    }

    @Test
    void allConfigurationProblemsAreReportedTogether() {
        DutyMatrix.Builder builder = DutyMatrix.builder()
                .department(EMERGENCY)
                .department(FIRE)
                .department(HOUSING)
                .department(new Department(XFJY, "重复", "duplicate", Set.of(SafetyDomain.FIRE)))
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY).forHazard(code("21")))
                .rule(DutyRule.of(SafetyDomain.FIRE, ZJJ).forHazard(code("21")))
                .rule(DutyRule.of(SafetyDomain.FOOD, DepartmentId.of("scjgj")))
                .rule(DutyRule.of(SafetyDomain.TRAFFIC, YJJ).forGrade(HazardGrade.MAJOR))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, YJJ)
                        .forGrade(HazardGrade.MAJOR)
                        .atLevel(GridLevel.STREET))
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY).forHazard(code("2101")))
                .rule(DutyRule.of(SafetyDomain.FIRE, ZJJ).forHazard(code("2102")));

        assertThatThrownBy(builder::build)
                .isInstanceOf(DutyMatrixConfigurationException.class)
                .hasMessage("duty matrix has 4 problems:\n"
                        + " - department id 'xfjy' is given twice\n"
                        + " - rule 3 (domain FOOD, hazard any, any grade, any grid level) names unknown department"
                        + " 'scjgj'\n"
                        + " - rule 4 (domain TRAFFIC, hazard any, grade MAJOR, any grid level) names department"
                        + " 'yjj', which does not cover domain TRAFFIC (it covers [PRODUCTION, PUBLIC])\n"
                        + " - rules 1 and 2 are equally specific and both cover domain FIRE, hazard 21, any grade,"
                        + " any grid level but name different departments: 'xfjy' and 'zjj'")
                .satisfies(e -> assertThat(((DutyMatrixConfigurationException) e).problems())
                        .hasSize(4));
    }

    @Test
    void equallySpecificRulesThatCannotMeetAreNoConflict() {
        DutyMatrix matrix = DutyMatrix.builder()
                .department(FIRE)
                .department(HOUSING)
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY).forGrade(HazardGrade.GENERAL))
                .rule(DutyRule.of(SafetyDomain.FIRE, ZJJ).forGrade(HazardGrade.MAJOR))
                .rule(DutyRule.of(SafetyDomain.FIRE, XFJY).forHazard(code("11")))
                .rule(DutyRule.of(SafetyDomain.FIRE, ZJJ).forHazard(code("21")))
                .build();
        assertThat(matrix.rules()).hasSize(4);
        assertThat(matrix.require(SafetyDomain.FIRE, code("1101"), HazardGrade.MAJOR, GridLevel.MICRO))
                .isEqualTo(FIRE);
    }

    @Test
    void departmentsAndIdsAreValidated() {
        assertThatThrownBy(() -> DepartmentId.of("应急局"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("department id \"应急局\" must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-',"
                        + " starting with a letter or digit");
        assertThatThrownBy(() -> DepartmentId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DepartmentId.of("-x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DepartmentId.of("110105-xfjy.v2")).hasToString("110105-xfjy.v2");
        assertThatThrownBy(() -> new Department(YJJ, "应急管理局", "emergency", Set.of()))
                .hasMessage("department yjj has no safety domain");
        assertThatThrownBy(() -> new Department(YJJ, " ", "emergency", Set.of(SafetyDomain.FIRE)))
                .hasMessage("department yjj: zhName is blank");
    }
}
