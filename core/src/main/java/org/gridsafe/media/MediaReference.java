package org.gridsafe.media;

import java.util.Objects;

/**
 * What an event stores of a file: its hash, its type and its size. The hash chain covers all
 * three, so a stored log proves which bytes were the evidence; the bytes themselves live in a
 * {@code MediaStore}.
 *
 * @param hash the SHA-256 of the bytes
 * @param type the type recognised from the bytes
 * @param size the number of bytes, at least 1
 */
public record MediaReference(MediaHash hash, MediaType type, long size) {

    /** Checks that every part is there and the size is positive. */
    public MediaReference {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(type, "type");
        if (size < 1) {
            throw new IllegalArgumentException("a media file has at least one byte; size was " + size);
        }
    }
}
