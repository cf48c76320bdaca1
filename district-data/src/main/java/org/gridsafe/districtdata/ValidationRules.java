package org.gridsafe.districtdata;

import java.util.EnumSet;
import java.util.Set;
import org.gridsafe.grid.ResponsibleRole;

/**
 * The thresholds and requirements an import checks beyond the formats. All defaults are the
 * project's own choice (no published rule fixes them); a district may set its own.
 *
 * @param overlapTolerance the largest share of the smaller grid's area two sibling grids may
 *     overlap by (digitising slivers), default 0.001 (0.1 %)
 * @param gapTolerance the largest share of a grid's area its children may leave uncovered, or
 *     stick out of it by, default 0.001 (0.1 %); checked where the grid and all its children have
 *     boundaries
 * @param requiredRungs the rungs every grid's chain must have a holder for, default 具体责任人 and
 *     第一责任人 (someone directly responsible, and someone with overall responsibility)
 */
public record ValidationRules(double overlapTolerance, double gapTolerance, Set<ResponsibleRole> requiredRungs) {

    /** Checks the values and copies the set. */
    public ValidationRules {
        if (!(overlapTolerance >= 0 && overlapTolerance < 1) || !(gapTolerance >= 0 && gapTolerance < 1)) {
            throw new IllegalArgumentException("tolerances are shares of an area, from 0 up to (not including) 1; got "
                    + overlapTolerance + " and " + gapTolerance);
        }
        requiredRungs = Set.copyOf(requiredRungs);
    }

    /** The defaults. */
    public static ValidationRules defaults() {
        return new ValidationRules(0.001, 0.001, EnumSet.of(ResponsibleRole.SPECIFIC, ResponsibleRole.FIRST));
    }
}
