package org.gridsafe.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scheme for sorting production units into supervision classes (分类分级监管), with each class's
 * inspection floor and cap per year where the scheme sets them. Schemes are configuration: there
 * is no national scheme, and the shipped ones ({@link SupervisionClassSchemes#presets()}) are local
 * presets.
 *
 * <pre>{@code
 * SupervisionClassScheme coal = SupervisionClassSchemes.presets().require("SHANXI_2025_COAL_MINE");
 * SupervisionClass c = coal.classOf("C");
 * coal.definition("C").maxPerYear();   // Optional[6]
 * coal.classOf("E");
 * // InvalidEntityValueException: supervisionClass: class 'E' is not in scheme SHANXI_2025_COAL_MINE (A, B, C, D)
 * }</pre>
 *
 * @param id a stable key
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 * @param basis what the class is decided by, in words
 * @param sectorIds the sectors it applies to; empty for any
 * @param classes the classes in the scheme's own order, at least one
 * @param provenance where the scheme comes from
 */
public record SupervisionClassScheme(
        String id,
        String zhName,
        String enName,
        String basis,
        List<String> sectorIds,
        List<ClassDefinition> classes,
        Provenance provenance) {

    /**
     * One class of a scheme.
     *
     * @param code the class code within the scheme, e.g. {@code A} or {@code LEVEL_1}
     * @param zhName the name in simplified Chinese
     * @param minPerYear the inspections a unit of this class must have a year, if the scheme sets a floor
     * @param maxPerYear the inspections a unit of this class may have a year at most, if the scheme sets a cap
     */
    public record ClassDefinition(
            String code, String zhName, Optional<Integer> minPerYear, Optional<Integer> maxPerYear) {

        /** Checks the fields; a floor must not exceed the cap. */
        public ClassDefinition {
            Checks.requireId(code, "code");
            Checks.requireName(zhName, "zhName");
            Checks.requireNonNull(minPerYear, "minPerYear");
            Checks.requireNonNull(maxPerYear, "maxPerYear");
            minPerYear.ifPresent(n -> requireNotNegative(n, "minPerYear"));
            maxPerYear.ifPresent(n -> requireNotNegative(n, "maxPerYear"));
            if (minPerYear.isPresent() && maxPerYear.isPresent() && minPerYear.get() > maxPerYear.get()) {
                throw new InvalidEntityValueException(
                        "minPerYear",
                        "floor " + minPerYear.get() + " is above the cap " + maxPerYear.get() + " of class " + code);
            }
        }

        private static void requireNotNegative(int n, String field) {
            if (n < 0) {
                throw new InvalidEntityValueException(field, "must not be negative; got " + n);
            }
        }
    }

    /** Checks every field; class codes must be unique. */
    public SupervisionClassScheme {
        Checks.requireId(id, "id");
        Checks.requireName(zhName, "zhName");
        Checks.requireName(enName, "enName");
        Checks.requireName(basis, "basis");
        sectorIds = List.copyOf(Checks.requireNonNull(sectorIds, "sectorIds"));
        sectorIds.forEach(s -> Checks.requireId(s, "sectorIds"));
        classes = List.copyOf(Checks.requireNonNull(classes, "classes"));
        Checks.requireNonNull(provenance, "provenance");
        if (classes.isEmpty()) {
            throw new InvalidEntityValueException("classes", "scheme " + id + " needs at least one class");
        }
        List<String> seen = new ArrayList<>();
        for (ClassDefinition c : classes) {
            if (seen.contains(c.code())) {
                throw new InvalidEntityValueException("classes", "class " + c.code() + " is given twice in " + id);
            }
            seen.add(c.code());
        }
    }

    /** The class codes in order. */
    public List<String> codes() {
        return classes.stream().map(ClassDefinition::code).toList();
    }

    /**
     * The definition of class {@code code}.
     *
     * @throws InvalidEntityValueException for field {@code supervisionClass} if the scheme has no such class
     */
    public ClassDefinition definition(String code) {
        return classes.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidEntityValueException(
                        "supervisionClass",
                        "class '" + code + "' is not in scheme " + id + " (" + String.join(", ", codes()) + ")"));
    }

    /**
     * Class {@code code} of this scheme.
     *
     * @throws InvalidEntityValueException for field {@code supervisionClass} if the scheme has no such class
     */
    public SupervisionClass classOf(String code) {
        return new SupervisionClass(id, definition(code).code());
    }
}
