package org.gridsafe.media;

import java.util.Objects;

/** A file a {@code MediaStore} refuses to keep, with the reason and a message saying what to send instead. */
public final class MediaRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More bytes than {@link MediaLimits#maxBytes()}. */
        TOO_LARGE,
        /** Its first bytes are not those of any {@link MediaType}. */
        UNRECOGNISED_TYPE,
        /** A recognised type that {@link MediaLimits#acceptedTypes()} leaves out. */
        TYPE_NOT_ACCEPTED
    }

    private final Reason reason;

    /** A refusal for {@code reason}, with a message for the sender. */
    public MediaRejectedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }
}
