package org.gridsafe.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Small files that start like each media type (the first bytes are what counts), and some that are none. */
public final class MediaSamples {

    private MediaSamples() {}

    /** {@code size} bytes starting as a JPEG (FF D8 FF E0 'JFIF'), the rest from {@code seed}. */
    public static byte[] jpeg(int size, long seed) {
        return withHead(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
                size,
                seed);
    }

    /** A small JPEG-looking file. */
    public static byte[] jpeg(long seed) {
        return jpeg(2048, seed);
    }

    public static byte[] png(long seed) {
        return withHead(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                1024,
                seed);
    }

    public static byte[] pdf(long seed) {
        return withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 1500, seed);
    }

    public static byte[] webp(long seed) {
        return withHead(
                new byte[] {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '}, 900, seed);
    }

    public static byte[] heic(long seed) {
        return withHead(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0}, 1200, seed);
    }

    public static byte[] mp4(long seed) {
        return withHead(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0}, 1200, seed);
    }

    /** A Windows executable ("MZ"), as a file renamed to photo.jpg would be. */
    public static byte[] executable(long seed) {
        return withHead(new byte[] {'M', 'Z', (byte) 0x90, 0}, 800, seed);
    }

    /** Plain text. */
    public static byte[] text() {
        return "整改完成，现场照片见附件".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withHead(byte[] head, int size, long seed) {
        byte[] out = Arrays.copyOf(head, Math.max(size, head.length));
        byte[] tail = new byte[out.length - head.length];
        new Random(seed).nextBytes(tail);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
