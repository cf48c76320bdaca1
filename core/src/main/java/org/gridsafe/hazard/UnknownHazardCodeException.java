package org.gridsafe.hazard;

import java.util.Optional;

/**
 * Thrown when a hazard code is well formed but not in the {@link HazardCatalog} in use; the message
 * names the nearest ancestor the catalog does know, so the reporter can pick a valid code.
 */
public final class UnknownHazardCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient HazardCatalog.Entry nearestKnownAncestor;

    UnknownHazardCodeException(HazardCode code, Optional<HazardCatalog.Entry> nearestKnownAncestor) {
        super(message(code, nearestKnownAncestor));
        this.code = code.value();
        this.nearestKnownAncestor = nearestKnownAncestor.orElse(null);
    }

    private static String message(HazardCode code, Optional<HazardCatalog.Entry> ancestor) {
        return "hazard code " + code.value() + " is not in the catalog; "
                + ancestor.map(a -> "nearest known ancestor is " + a.code().value() + " " + a.zhName())
                        .orElse("the catalog knows none of its ancestors");
    }

    /** The code that was asked for. */
    public HazardCode code() {
        return HazardCode.parse(code);
    }

    /** The longest ancestor of {@link #code()} that the catalog holds, if any. */
    public Optional<HazardCatalog.Entry> nearestKnownAncestor() {
        return Optional.ofNullable(nearestKnownAncestor);
    }
}
