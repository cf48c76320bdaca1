package org.gridsafe.duty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * The duty matrix (职责清单): which department handles a case, by safety domain, hazard code, grade
 * and grid level.
 *
 * <p>Of the rules matching a case the most specific wins (see {@link DutyRule} for the order). The
 * builder rejects, in one {@link DutyMatrixConfigurationException} listing all of them: two
 * departments with the same id, rules naming an unknown department, rules routing a domain to a
 * department that does not cover it, and <em>conflicts</em> — two rules of equal specificity that
 * can match the same case but name different departments (a tie nobody could break). Identical rules
 * given twice are kept once.
 *
 * <pre>{@code
 * DutyMatrix matrix = DutyMatrix.builder()
 *         .department(new Department(DepartmentId.of("yjj"), "应急管理局", "emergency management bureau",
 *                 Set.of(SafetyDomain.PRODUCTION)))
 *         .department(new Department(DepartmentId.of("xfjy"), "消防救援大队", "fire and rescue brigade",
 *                 Set.of(SafetyDomain.FIRE)))
 *         .rule(DutyRule.of(SafetyDomain.PRODUCTION, DepartmentId.of("yjj")))
 *         .rule(DutyRule.of(SafetyDomain.FIRE, DepartmentId.of("xfjy")))
 *         .build();
 * Department handler = matrix.require(SafetyDomain.FIRE, HazardCode.parse("2101"), HazardGrade.MAJOR,
 *         GridLevel.COMMUNITY);   // 消防救援大队
 * }</pre>
 */
public final class DutyMatrix {

    private final ImmutableMap<DepartmentId, Department> departments;
    private final ImmutableList<DutyRule> rules;
    /** Per domain, the rules most specific first (stable: equal specificity keeps insertion order). */
    private final Map<SafetyDomain, List<DutyRule>> byDomain;

    private DutyMatrix(Map<DepartmentId, Department> departments, List<DutyRule> rules) {
        this.departments = ImmutableMap.copyOf(departments);
        this.rules = ImmutableList.copyOf(rules);
        Map<SafetyDomain, List<DutyRule>> index = new EnumMap<>(SafetyDomain.class);
        for (SafetyDomain domain : SafetyDomain.values()) {
            index.put(
                    domain,
                    rules.stream()
                            .filter(r -> r.domain() == domain)
                            .sorted(Comparator.comparingInt(DutyRule::specificity)
                                    .reversed())
                            .collect(ImmutableList.toImmutableList()));
        }
        this.byDomain = index;
    }

    /** A builder for a new matrix. */
    public static Builder builder() {
        return new Builder();
    }

    /** The department handling a case with these attributes, or empty if no rule covers it. */
    public Optional<Department> route(SafetyDomain domain, HazardCode hazard, HazardGrade grade, GridLevel gridLevel) {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gridLevel, "gridLevel");
        for (DutyRule rule : byDomain.get(Objects.requireNonNull(domain, "domain"))) {
            if (rule.matches(domain, hazard, grade, gridLevel)) {
                return Optional.of(departments.get(rule.department()));
            }
        }
        return Optional.empty();
    }

    /**
     * The department handling a case with these attributes.
     *
     * @throws NoResponsibleDepartmentException if no rule covers the case
     */
    public Department require(SafetyDomain domain, HazardCode hazard, HazardGrade grade, GridLevel gridLevel) {
        return route(domain, hazard, grade, gridLevel)
                .orElseThrow(() -> new NoResponsibleDepartmentException("no duty rule covers domain " + domain
                        + ", hazard " + hazard.value() + ", grade " + grade + ", grid level " + gridLevel));
    }

    /** The departments, in the order they were added. */
    public Collection<Department> departments() {
        return departments.values();
    }

    /** The department with {@code id}, if the matrix has it. */
    public Optional<Department> department(DepartmentId id) {
        return Optional.ofNullable(departments.get(id));
    }

    /** The rules, in the order they were added (duplicates removed). */
    public List<DutyRule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return "DutyMatrix[" + departments.size() + " departments, " + rules.size() + " rules]";
    }

    /** Collects departments and rules; {@link #build()} checks them all at once. Not thread-safe. */
    public static final class Builder {

        private final List<Department> departments = new ArrayList<>();
        private final List<DutyRule> rules = new ArrayList<>();

        private Builder() {}

        /** Adds a department. */
        public Builder department(Department department) {
            departments.add(Objects.requireNonNull(department, "department"));
            return this;
        }

        /** Adds departments. */
        public Builder departments(Collection<Department> departments) {
            departments.forEach(this::department);
            return this;
        }

        /** Adds a rule. */
        public Builder rule(DutyRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds rules, in order. */
        public Builder rules(Collection<DutyRule> rules) {
            rules.forEach(this::rule);
            return this;
        }

        /**
         * The matrix.
         *
         * @throws DutyMatrixConfigurationException listing every duplicate department id, unknown
         *     department, department that does not cover the rule's domain, and conflict between
         *     rules (rules are numbered from 1 in the order they were added)
         */
        public DutyMatrix build() {
            List<String> problems = new ArrayList<>();
            Map<DepartmentId, Department> byId = new LinkedHashMap<>();
            for (Department department : departments) {
                if (byId.putIfAbsent(department.id(), department) != null) {
                    problems.add("department id '" + department.id() + "' is given twice");
                }
            }
            List<DutyRule> distinct = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                DutyRule rule = rules.get(i);
                if (distinct.contains(rule)) {
                    continue;
                }
                distinct.add(rule);
                numbers.add(i + 1);
                Department department = byId.get(rule.department());
                if (department == null) {
                    problems.add("rule " + (i + 1) + " (" + rule.describeCases() + ") names unknown department '"
                            + rule.department() + "'");
                } else if (!department.covers(rule.domain())) {
                    problems.add("rule " + (i + 1) + " (" + rule.describeCases() + ") names department '"
                            + rule.department() + "', which does not cover domain " + rule.domain()
                            + " (it covers " + department.domains() + ")");
                }
            }
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    DutyRule a = distinct.get(i);
                    DutyRule b = distinct.get(j);
                    if (a.specificity() == b.specificity()
                            && a.overlaps(b)
                            && !a.department().equals(b.department())) {
                        problems.add("rules " + numbers.get(i) + " and " + numbers.get(j)
                                + " are equally specific and both cover " + a.describeCases()
                                + " but name different departments: '" + a.department() + "' and '"
                                + b.department() + "'");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new DutyMatrixConfigurationException(problems);
            }
            return new DutyMatrix(byId, distinct);
        }
    }
}
