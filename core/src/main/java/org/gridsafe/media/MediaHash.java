package org.gridsafe.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a file's bytes, as 64 lower-case hex digits: the file's id. The same bytes have
 * the same id wherever they are stored, so an event that names the hash names exactly those bytes.
 *
 * <pre>{@code
 * MediaHash id = MediaHash.of(bytes);
 * MediaHash parsed = MediaHash.parse("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
 * }</pre>
 */
public final class MediaHash implements Comparable<MediaHash> {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();

    private final String value;

    private MediaHash(String value) {
        this.value = value;
    }

    /** The hash of {@code content}. */
    public static MediaHash of(byte[] content) {
        Objects.requireNonNull(content, "content");
        return new MediaHash(HEX.formatHex(sha256().digest(content)));
    }

    /**
     * Parses 64 hex digits (upper case is accepted and lowered).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static MediaHash parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a media hash is required");
        }
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!HEX64.matcher(lower).matches()) {
            throw new IllegalArgumentException("a media hash is the SHA-256 of the file as 64 hex digits; got "
                    + (text.length() > 80 ? text.length() + " characters" : "'" + text + "'"));
        }
        return new MediaHash(lower);
    }

    /** A fresh SHA-256 digest, for hashing a file while it streams. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The hash of a finished digest. */
    public static MediaHash of(MessageDigest finished) {
        return new MediaHash(HEX.formatHex(finished.digest()));
    }

    /** The 64 hex digits. */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(MediaHash other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaHash other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The 64 hex digits (also the hash chain's encoding of it). */
    @Override
    public String toString() {
        return value;
    }
}
