package org.gridsafe.grid;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds each {@link ResponsibleRole} in one grid. Immutable; a rung may be vacant.
 *
 * <pre>{@code
 * ResponsibilityChain chain = ResponsibilityChain.builder()
 *         .holder(ResponsibleRole.SPECIFIC, new ResponsiblePerson("p-1", "李娜"))
 *         .holder(ResponsibleRole.FIRST, new ResponsiblePerson("p-2", "王强"))
 *         .build();
 * chain.nextHeldAbove(ResponsibleRole.SPECIFIC);   // Optional[FIRST]: IN_CHARGE is vacant
 * }</pre>
 */
public final class ResponsibilityChain {

    private static final ResponsibilityChain EMPTY = new ResponsibilityChain(ImmutableMap.of());

    private final ImmutableMap<ResponsibleRole, ResponsiblePerson> holders;

    private ResponsibilityChain(ImmutableMap<ResponsibleRole, ResponsiblePerson> holders) {
        this.holders = holders;
    }

    /** A chain with every rung vacant. */
    public static ResponsibilityChain empty() {
        return EMPTY;
    }

    /**
     * A chain with the given holders.
     *
     * @param holders the holder of each held rung; no null keys or values
     * @return the chain
     * @throws IllegalArgumentException when the map or one of its entries is null
     */
    public static ResponsibilityChain of(Map<ResponsibleRole, ResponsiblePerson> holders) {
        Fields.requireNonNull(holders, "responsibility holders");
        Builder builder = builder();
        holders.forEach(builder::holder);
        return builder.build();
    }

    /** A builder for a chain, starting with every rung vacant. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The holder of a rung.
     *
     * @param role the rung
     * @return its holder, or empty when the rung is vacant in this grid
     */
    public Optional<ResponsiblePerson> holder(ResponsibleRole role) {
        return Optional.ofNullable(holders.get(role));
    }

    /** Every held rung and its holder, in ladder order, liaison last. */
    public Map<ResponsibleRole, ResponsiblePerson> holders() {
        return holders;
    }

    /** Whether every rung is vacant. */
    public boolean isEmpty() {
        return holders.isEmpty();
    }

    /**
     * The next rung above {@code current} that has a holder in this grid, skipping vacant rungs.
     *
     * @param current the rung work sits on now
     * @return the next held rung, or empty at the top of the ladder, when every rung above is
     *     vacant, or for {@link ResponsibleRole#LIAISON} (which is not on the ladder)
     */
    public Optional<ResponsibleRole> nextHeldAbove(ResponsibleRole current) {
        Optional<ResponsibleRole> rung = current.nextUp();
        while (rung.isPresent() && !holders.containsKey(rung.get())) {
            rung = rung.get().nextUp();
        }
        return rung;
    }

    /** The lowest held rung of the escalation ladder, where work arriving from below lands. */
    public Optional<ResponsibleRole> lowestHeldRung() {
        for (ResponsibleRole role : ResponsibleRole.values()) {
            if (role.onEscalationLadder() && holders.containsKey(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponsibilityChain && ((ResponsibilityChain) other).holders.equals(holders);
    }

    @Override
    public int hashCode() {
        return holders.hashCode();
    }

    @Override
    public String toString() {
        return "ResponsibilityChain" + holders;
    }

    /** Collects holders for a {@link ResponsibilityChain}; a later holder of a rung replaces an earlier one. */
    public static final class Builder {

        private final EnumMap<ResponsibleRole, ResponsiblePerson> holders = new EnumMap<>(ResponsibleRole.class);

        private Builder() {}

        /**
         * Sets the holder of a rung.
         *
         * @param role the rung
         * @param person its holder
         * @return this builder
         */
        public Builder holder(ResponsibleRole role, ResponsiblePerson person) {
            holders.put(
                    Fields.requireNonNull(role, "responsible role"),
                    Fields.requireNonNull(person, "holder of " + role));
            return this;
        }

        /** The chain with the holders set so far. */
        public ResponsibilityChain build() {
            return holders.isEmpty() ? EMPTY : new ResponsibilityChain(Maps.immutableEnumMap(holders));
        }
    }
}
