package org.gridsafe.media;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a media store accepts: files of at most {@link #maxBytes()} bytes whose content is one of
 * {@link #acceptedTypes()}. Every store checks a file with {@link #admit(byte[])} before keeping it.
 *
 * <p>{@link #defaults()} is the project's own choice: 10 MiB (a full-resolution phone photo is 2 to
 * 8 MB; a scanned multi-page order as PDF fits too) and JPEG, PNG, WebP, HEIC and PDF. MP4 is
 * recognised but left out: a video of a minute is larger than the limit, and a host that wants
 * video raises both.
 *
 * <pre>{@code
 * MediaLimits limits = MediaLimits.defaults().withMaxBytes(5 * 1024 * 1024);
 * MediaReference ref = limits.admit(bytes);   // or MediaRejectedException saying why
 * }</pre>
 */
public final class MediaLimits {

    /** 10 MiB, the project's own choice (see the class comment). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The largest limit a store takes: files are held in memory while they are checked and stored. */
    public static final long MAX_MAX_BYTES = 256L * 1024 * 1024;

    private static final Set<MediaType> DEFAULT_TYPES =
            EnumSet.of(MediaType.JPEG, MediaType.PNG, MediaType.WEBP, MediaType.HEIC, MediaType.PDF);

    private final long maxBytes;
    private final Set<MediaType> acceptedTypes;

    private MediaLimits(long maxBytes, Set<MediaType> acceptedTypes) {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException(
                    "maxBytes must be 1 to " + MAX_MAX_BYTES + " (256 MiB); was " + maxBytes);
        }
        if (acceptedTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one media type must be accepted");
        }
        this.maxBytes = maxBytes;
        this.acceptedTypes = Set.copyOf(acceptedTypes);
    }

    /** 10 MiB; JPEG, PNG, WebP, HEIC and PDF (the project's own choice). */
    public static MediaLimits defaults() {
        return new MediaLimits(DEFAULT_MAX_BYTES, DEFAULT_TYPES);
    }

    /** These limits with another size limit. */
    public MediaLimits withMaxBytes(long maxBytes) {
        return new MediaLimits(maxBytes, acceptedTypes);
    }

    /** These limits accepting exactly {@code types}. */
    public MediaLimits withAcceptedTypes(Set<MediaType> types) {
        return new MediaLimits(maxBytes, Objects.requireNonNull(types, "types"));
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The types accepted. */
    public Set<MediaType> acceptedTypes() {
        return acceptedTypes;
    }

    /**
     * The reference {@code content} will be stored under, if these limits accept it.
     *
     * @throws MediaRejectedException saying why not
     */
    public MediaReference admit(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw new MediaRejectedException(MediaRejectedException.Reason.EMPTY, "the file is empty");
        }
        if (content.length > maxBytes) {
            throw new MediaRejectedException(
                    MediaRejectedException.Reason.TOO_LARGE,
                    "the file has " + content.length + " bytes; at most " + maxBytes + " are accepted");
        }
        MediaType type = MediaType.detect(content)
                .orElseThrow(() -> new MediaRejectedException(
                        MediaRejectedException.Reason.UNRECOGNISED_TYPE,
                        "the file's content is not of a known type (" + accepted()
                                + "); the type is read from the bytes, not from the name"));
        if (!acceptedTypes.contains(type)) {
            throw new MediaRejectedException(
                    MediaRejectedException.Reason.TYPE_NOT_ACCEPTED,
                    "the file is " + type.mimeType() + ", which is not accepted; send " + accepted());
        }
        return new MediaReference(MediaHash.of(content), type, content.length);
    }

    private String accepted() {
        return acceptedTypes.stream().sorted().map(MediaType::mimeType).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "MediaLimits[maxBytes=" + maxBytes + ", accepted=" + accepted() + "]";
    }
}
