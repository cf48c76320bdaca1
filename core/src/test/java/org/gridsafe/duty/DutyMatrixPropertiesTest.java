package org.gridsafe.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The duty matrix against a brute-force reference over random rule sets and cases. */
class DutyMatrixPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    private static final List<DepartmentId> IDS =
            List.of(DepartmentId.of("d1"), DepartmentId.of("d2"), DepartmentId.of("d3"));

    /** Two domains only, so that rules meet often. */
    private static final Gen<SafetyDomain> DOMAINS = Generate.pick(List.of(SafetyDomain.PRODUCTION, SafetyDomain.FIRE));

    private static final Gen<HazardCode> PREFIXES = Generate.pick(
                    List.of("1", "11", "1101", "110101", "2", "21", "2101", "210101", "210199", "22"))
            .map(HazardCode::parse);

    private static final Gen<HazardCode> CASE_CODES = Generate.pick(
                    List.of("110101", "110199", "1102", "12", "210101", "210199", "2102", "2101", "22", "31"))
            .map(HazardCode::parse);

    private static final Gen<HazardGrade> GRADES = Generate.enumValues(HazardGrade.class);
    private static final Gen<GridLevel> LEVELS = Generate.enumValues(GridLevel.class);

    private static final Gen<DutyRule> RULES = DOMAINS.zip(
            PREFIXES.toOptionals(40),
            GRADES.toOptionals(50),
            LEVELS.toOptionals(50),
            Generate.pick(IDS),
            DutyRule::new);

    /** A case to route. */
    record Case(SafetyDomain domain, HazardCode hazard, HazardGrade grade, GridLevel level) {}

    private static final Gen<Case> CASES = DOMAINS.zip(CASE_CODES, GRADES, LEVELS, Case::new);

    private static DutyMatrix.Builder withDepartments() {
        DutyMatrix.Builder builder = DutyMatrix.builder();
        IDS.forEach(id -> builder.department(
                new Department(id, "部门" + id, "department " + id, EnumSet.allOf(SafetyDomain.class))));
        return builder;
    }

    /** What a rule matches, without its department. */
    private static List<Object> key(DutyRule r) {
        return List.of(r.domain(), r.hazardPrefix(), r.grade(), r.gridLevel());
    }

    /** Keeps the first rule of each key, so no two rules can tie with different departments. */
    private static List<DutyRule> withoutTies(List<DutyRule> rules) {
        List<DutyRule> kept = new ArrayList<>();
        for (DutyRule rule : rules) {
            if (kept.stream().noneMatch(k -> key(k).equals(key(rule)))) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** The reference: the matching rule greatest by (hazard depth, grade given, level given). */
    private static Optional<DepartmentId> reference(List<DutyRule> rules, Case c) {
        Comparator<DutyRule> specific = Comparator.<DutyRule>comparingInt(
                        r -> r.hazardPrefix().map(p -> p.value().length()).orElse(0))
                .thenComparing(r -> r.grade().isPresent())
                .thenComparing(r -> r.gridLevel().isPresent());
        List<DutyRule> matching = rules.stream()
                .filter(r -> r.domain() == c.domain()
                        && r.hazardPrefix()
                                .map(p -> c.hazard().value().startsWith(p.value()))
                                .orElse(true)
                        && r.grade().map(g -> g == c.grade()).orElse(true)
                        && r.gridLevel().map(l -> l == c.level()).orElse(true))
                .toList();
        Optional<DutyRule> best = matching.stream().max(specific);
        best.ifPresent(b -> assertThat(matching.stream()
                        .filter(r -> specific.compare(r, b) == 0)
                        .map(DutyRule::department)
                        .distinct())
                .as("reference: the best matching rules agree")
                .hasSize(1));
        return best.map(DutyRule::department);
    }

    @Test
    void theMostSpecificMatchingRuleWins() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(RULES).ofSizeBetween(0, 14),
                        lists().of(CASES).ofSizeBetween(1, 10))
                .checkAssert((generated, cases) -> {
                    List<DutyRule> rules = withoutTies(generated);
                    DutyMatrix matrix = withDepartments().rules(rules).build();
                    for (Case c : cases) {
                        assertThat(matrix.route(c.domain(), c.hazard(), c.grade(), c.level())
                                        .map(Department::id))
                                .as("%s with rules %s", c, rules)
                                .isEqualTo(reference(rules, c));
                    }
                });
    }

    @Test
    void buildFailsExactlyWhenTwoRulesWithTheSameScopeNameDifferentDepartments() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(RULES).ofSizeBetween(0, 8))
                .checkAssert(rules -> {
                    boolean tie = false;
                    for (int i = 0; i < rules.size(); i++) {
                        for (int j = i + 1; j < rules.size(); j++) {
                            tie |= key(rules.get(i)).equals(key(rules.get(j)))
                                    && !Objects.equals(
                                            rules.get(i).department(),
                                            rules.get(j).department());
                        }
                    }
                    if (tie) {
                        assertThatThrownBy(() -> withDepartments().rules(rules).build())
                                .isInstanceOf(DutyMatrixConfigurationException.class)
                                .hasMessageContaining("are equally specific");
                    } else {
                        assertThat(withDepartments().rules(rules).build().rules())
                                .hasSameElementsAs(rules);
                    }
                });
    }
}
