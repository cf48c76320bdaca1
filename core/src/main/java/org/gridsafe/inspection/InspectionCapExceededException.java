package org.gridsafe.inspection;

import java.util.Objects;

/**
 * The inspection would exceed the enterprise's yearly cap (检查频次上限); it may join a combined
 * inspection (联合检查) of that year instead. Nothing was written.
 */
public final class InspectionCapExceededException extends InspectionException {
    private static final long serialVersionUID = 1L;
    private final transient CapSlot slot;

    /** For the slot that was full. */
    public InspectionCapExceededException(CapSlot slot) {
        super("entity " + slot.entity() + " has had " + slot.cap() + " counted inspection(s) in " + slot.year()
                + ", its cap (" + slot.source() + "); join a combined inspection of that year instead");
        this.slot = Objects.requireNonNull(slot, "slot");
    }

    /** The cap that was reached. */
    public CapSlot slot() {
        return slot;
    }
}
