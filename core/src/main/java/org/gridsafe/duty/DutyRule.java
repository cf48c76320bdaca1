package org.gridsafe.duty;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * One line of the duty matrix (职责清单): cases in this domain, optionally narrowed by hazard code
 * prefix, grade and grid level, go to this department.
 *
 * <pre>{@code
 * DutyRule rule = DutyRule.of(SafetyDomain.PRODUCTION, DepartmentId.of("yjj"))
 *         .forHazard(HazardCode.parse("21"))
 *         .forGrade(HazardGrade.MAJOR);
 * }</pre>
 *
 * <h2>Specificity</h2>
 *
 * When several rules match a case, the most specific wins. Specificity compares, in this order:
 * <ol>
 *   <li>the depth of the hazard prefix (none &lt; category &lt; class &lt; subclass &lt; detail);
 *   <li>then whether the grade is given;
 *   <li>then whether the grid level is given.
 * </ol>
 * The hazard comes first because it says most about which department has the expertise; the grade
 * next because major hazards (重大事故隐患) often go to a higher office; the grid level last. So a rule
 * for hazard {@code 2101} beats a rule for hazard {@code 21} with grade MAJOR, which beats a rule for
 * hazard {@code 21} alone. {@link #specificity()} encodes this order as one number.
 *
 * @param domain the safety domain the rule is for (required)
 * @param hazardPrefix if present, the rule matches only hazard codes equal to or under this one
 * @param grade if present, the rule matches only this grade
 * @param gridLevel if present, the rule matches only cases in grids of this level
 * @param department the department that handles matching cases
 */
public record DutyRule(
        SafetyDomain domain,
        Optional<HazardCode> hazardPrefix,
        Optional<HazardGrade> grade,
        Optional<GridLevel> gridLevel,
        DepartmentId department) {

    /** Checks that no field is null. */
    public DutyRule {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(hazardPrefix, "hazardPrefix");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gridLevel, "gridLevel");
        Objects.requireNonNull(department, "department");
    }

    /** A rule sending every case of {@code domain} to {@code department}; narrow it with the withers. */
    public static DutyRule of(SafetyDomain domain, DepartmentId department) {
        return new DutyRule(domain, Optional.empty(), Optional.empty(), Optional.empty(), department);
    }

    /** This rule, narrowed to hazard codes equal to or under {@code prefix}. */
    public DutyRule forHazard(HazardCode prefix) {
        return new DutyRule(domain, Optional.of(prefix), grade, gridLevel, department);
    }

    /** This rule, narrowed to {@code grade}. */
    public DutyRule forGrade(HazardGrade grade) {
        return new DutyRule(domain, hazardPrefix, Optional.of(grade), gridLevel, department);
    }

    /** This rule, narrowed to grids of {@code level}. */
    public DutyRule atLevel(GridLevel level) {
        return new DutyRule(domain, hazardPrefix, grade, Optional.of(level), department);
    }

    /** Whether a case with these attributes falls under this rule. */
    public boolean matches(SafetyDomain domain, HazardCode hazard, HazardGrade grade, GridLevel gridLevel) {
        return this.domain == domain
                && hazardPrefix.map(p -> p.isSameOrAncestorOf(hazard)).orElse(true)
                && this.grade.map(g -> g == grade).orElse(true)
                && this.gridLevel.map(l -> l == gridLevel).orElse(true);
    }

    /**
     * The rule's specificity as a number: higher is more specific. Equals {@code 4 × depth + 2 ×
     * (grade given) + (grid level given)}, where depth is 0 without a hazard prefix and 1-4 for a
     * category, class, subclass or detail prefix; see the class description.
     */
    public int specificity() {
        int depth = hazardPrefix.map(p -> p.level().ordinal() + 1).orElse(0);
        return 4 * depth + (grade.isPresent() ? 2 : 0) + (gridLevel.isPresent() ? 1 : 0);
    }

    /** Whether some case matches both rules: same domain, nested prefixes, compatible grade and level. */
    public boolean overlaps(DutyRule other) {
        return domain == other.domain
                && (hazardPrefix.isEmpty()
                        || other.hazardPrefix.isEmpty()
                        || hazardPrefix.get().isSameOrAncestorOf(other.hazardPrefix.get())
                        || other.hazardPrefix.get().isSameOrAncestorOf(hazardPrefix.get()))
                && (grade.isEmpty() || other.grade.isEmpty() || grade.equals(other.grade))
                && (gridLevel.isEmpty() || other.gridLevel.isEmpty() || gridLevel.equals(other.gridLevel));
    }

    /** The case attributes this rule covers, e.g. {@code domain FIRE, hazard 21, any grade, grid level STREET}. */
    String describeCases() {
        return "domain " + domain
                + ", hazard " + hazardPrefix.map(HazardCode::value).orElse("any")
                + ", " + grade.map(g -> "grade " + g).orElse("any grade")
                + ", " + gridLevel.map(l -> "grid level " + l).orElse("any grid level");
    }

    @Override
    public String toString() {
        return "DutyRule[" + describeCases() + " → " + department + "]";
    }
}
