package org.gridsafe.entity;

/**
 * How well a shipped fact is sourced. Every row of this package's data files carries one, so a
 * host can see which rules are law and which are somebody's practice.
 */
public enum Evidence {
    /** Read in the official text, a faithful copy of it, or two independent copies that agree. */
    VERIFIED,
    /** Verified, but one locality's or one system's practice: a preset, never law. */
    LOCAL,
    /** Read only in a secondary copy (blog, vendor page, public code sample) or a garbled one. */
    SECONDARY,
    /** Not found in any source; shipped only as a placeholder or configuration. */
    UNVERIFIED,
    /** Added by the host from its own data. */
    HOST;

    /** Parses the lower-case tag used in the data files ({@code verified}, {@code local}, ...). */
    static Evidence ofTag(String tag) {
        for (Evidence e : values()) {
            if (e.tag().equals(tag)) {
                return e;
            }
        }
        throw new IllegalArgumentException(
                "evidence must be one of verified, local, secondary, unverified," + " host; found '" + tag + "'");
    }

    /** The lower-case tag used in the data files. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
