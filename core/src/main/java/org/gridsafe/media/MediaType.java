package org.gridsafe.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file GridSafe recognises, each by its leading bytes (magic numbers) and
 * never by a file name or a client's Content-Type: a renamed executable is not a photo. Which of
 * them a store accepts is {@link MediaLimits}' choice.
 *
 * <pre>{@code
 * Optional<MediaType> type = MediaType.detect(bytes);   // JPEG for FF D8 FF ...
 * }</pre>
 */
public enum MediaType {
    /** JPEG (JFIF or EXIF): {@code FF D8 FF}. What phone cameras and PDAs send. */
    JPEG("image/jpeg"),
    /** PNG: {@code 89 50 4E 47 0D 0A 1A 0A}. Screenshots. */
    PNG("image/png"),
    /** WebP: {@code RIFF....WEBP}. Compressed photos from apps. */
    WEBP("image/webp"),
    /** HEIC/HEIF: an ISO base media file whose brand is heic, heix, heim, heis, hevc, hevx, mif1 or msf1. iPhones' default. */
    HEIC("image/heic"),
    /** PDF: {@code %PDF-}. Scanned rectification orders and reports. */
    PDF("application/pdf"),
    /** MP4 video: an ISO base media file of another brand (isom, mp41, mp42, avc1, ...). Not accepted by default. */
    MP4("video/mp4");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final java.util.Set<String> HEIF_BRANDS =
            java.util.Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");
    private static final java.util.Set<String> MP4_BRANDS = java.util.Set.of(
            "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "3gp4", "3gp5");

    /** Bytes {@link #detect} needs at most to recognise every type. */
    public static final int SNIFF_BYTES = 16;

    private final String mimeType;

    MediaType(String mimeType) {
        this.mimeType = mimeType;
    }

    /** The IANA media type, for Content-Type. */
    public String mimeType() {
        return mimeType;
    }

    /** The type named by its IANA media type ({@code image/jpeg}) or by its constant ({@code JPEG}). */
    public static Optional<MediaType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(t ->
                        t.mimeType.equalsIgnoreCase(name.strip()) || t.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /** The type {@code content} starts like, if any; only the first {@link #SNIFF_BYTES} bytes are read. */
    public static Optional<MediaType> detect(byte[] content) {
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (content.length >= 12
                && ascii(content, 0, 4).equals("RIFF")
                && ascii(content, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        // ISO base media (HEIF, MP4): a box of type "ftyp" first, its major brand at bytes 8-11.
        if (content.length >= 12 && ascii(content, 4, 4).equals("ftyp")) {
            String brand = ascii(content, 8, 4);
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of(HEIC);
            }
            if (MP4_BRANDS.contains(brand)) {
                return Optional.of(MP4);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] content, int from, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (content[from + i] & 0xFF);
        }
        return new String(chars);
    }
}
