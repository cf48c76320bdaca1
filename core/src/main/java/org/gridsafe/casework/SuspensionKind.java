package org.gridsafe.casework;

/**
 * Why dispatched work waits: postponed until conditions allow (缓办), or carried over as a known
 * liability that cannot be resolved within the period (挂账), such as engineering works, funding
 * or a season. Both stop the case's clocks the same way; the kind is recorded and listed.
 */
public enum SuspensionKind {
    /** 缓办: postponed until conditions allow. */
    DEFERRED("缓办", "deferred"),
    /** 挂账: carried over as a standing item until it can be resolved. */
    CARRIED_OVER("挂账", "carried over");

    private final String zhName;
    private final String enName;

    SuspensionKind(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }
}
