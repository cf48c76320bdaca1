package org.gridsafe.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridsafe.CaseMedia;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.FieldError;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaRejectedException;
import org.gridsafe.media.MediaType;
import org.gridsafe.port.MediaStore;

/**
 * {@code POST /api/v1/media} (multipart upload of evidence files) and {@code GET
 * /api/v1/cases/{id}/media[/{hash}]} (a case's files, by case access). The upload is read as a
 * stream, part by part, and refused as soon as a limit is passed: more parts than the upload limit,
 * a part larger than the store's limit. Every file is checked (type from its bytes) before any is
 * stored, so a refused upload stores nothing.
 */
final class MediaRoutes {

    /** Bytes of one part's headers at most: far above what a browser or PDA sends (project's own choice). */
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private final GridSafe gridSafe;
    private final MediaStore media;
    private final Json json;
    private final int maxFiles;

    MediaRoutes(GridSafe gridSafe, Json json, int maxFiles) {
        this.gridSafe = gridSafe;
        this.media = gridSafe.mediaStore();
        this.json = json;
        this.maxFiles = maxFiles;
    }

    // ---- upload

    Reply upload(Exchange ex) throws IOException {
        ex.actor();
        String contentType = ex.header("Content-Type").orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ProblemException.of(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the files as multipart/form-data, one part named file per file, not "
                            + (contentType.isBlank() ? "no Content-Type" : contentType));
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw ProblemException.invalid("Content-Type", "multipart/form-data needs a boundary parameter");
        }
        String boundary = m.group(1) != null ? m.group(1) : m.group(2);
        MediaLimits limits = media.limits();
        List<byte[]> files;
        try (InputStream in = ex.bodyStream()) {
            try {
                files = new Multipart(in, boundary, limits.maxBytes(), maxFiles).read();
            } catch (ProblemException refused) {
                // A client still sending when the answer comes would see a broken pipe instead.
                drain(in);
                throw refused;
            }
        }
        if (files.isEmpty()) {
            throw ProblemException.invalid("file", "send at least one part named file");
        }
        // Check every file before storing any: a refused upload stores nothing.
        List<FieldError> wrongType = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                limits.admit(files.get(i));
            } catch (MediaRejectedException e) {
                String field = "file[" + i + "]";
                switch (e.reason()) {
                    case TOO_LARGE -> throw tooLarge(field, limits.maxBytes());
                    case EMPTY -> throw ProblemException.invalid(field, "the file is empty");
                    case UNRECOGNISED_TYPE, TYPE_NOT_ACCEPTED -> wrongType.add(new FieldError(field, e.getMessage()));
                }
            }
        }
        if (!wrongType.isEmpty()) {
            throw new ProblemException(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "the content of " + wrongType.size() + " file(s) is not an accepted type; accepted: "
                            + accepted(limits) + " (read from the bytes, not from the name or the part's Content-Type)",
                    wrongType,
                    Optional.empty(),
                    Map.of());
        }
        List<Object> stored = new ArrayList<>();
        for (byte[] file : files) {
            stored.add(view(media.put(file)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("media", stored);
        return Reply.of(201, Reply.JSON, json.write(body));
    }

    /** Reads and drops what the client still sends, up to 4 MiB. */
    static void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        long cap = 4L * 1024 * 1024;
        try {
            int read;
            while (cap > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, cap))) > 0) {
                cap -= read;
            }
        } catch (IOException gone) {
            // The client stopped sending: nothing more to drop.
        }
    }

    private static String accepted(MediaLimits limits) {
        return String.join(
                ", ",
                limits.acceptedTypes().stream()
                        .sorted()
                        .map(MediaType::mimeType)
                        .toList());
    }

    static ProblemException tooLarge(String field, long max) {
        return new ProblemException(
                        413,
                        "payload-too-large",
                        "Payload too large",
                        field + " is larger than " + max + " bytes, the largest file accepted",
                        List.of(new FieldError(field, "is larger than " + max + " bytes")),
                        Optional.empty(),
                        Map.of())
                .withHeader("Connection", "close");
    }

    private static Map<String, Object> view(MediaReference ref) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("hash", ref.hash().value());
        v.put("type", ref.type().mimeType());
        v.put("size", ref.size());
        return v;
    }

    // ---- a case's files

    Reply list(Exchange ex) {
        CaseId id = caseId(ex);
        List<Object> items = new ArrayList<>();
        for (CaseMedia m : gridSafe.casework().media(ex.actor(), id)) {
            Map<String, Object> item = view(m.reference());
            item.put("version", m.version());
            item.put("eventType", m.eventType());
            item.put(
                    "href",
                    "/api/v1/cases/" + id.value() + "/media/" + m.reference().hash());
            items.add(item);
        }
        return Reply.of(200, Reply.JSON, json.write(Map.of("items", items)));
    }

    Reply download(Exchange ex) {
        CaseId id = caseId(ex);
        MediaHash hash;
        try {
            hash = MediaHash.parse(ex.pathParam("hash"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("hash", e.getMessage());
        }
        byte[] content = gridSafe.casework().mediaContent(ex.actor(), id, hash);
        MediaType type = MediaType.detect(content).orElseThrow();
        boolean image = type.mimeType().startsWith("image/");
        String file = hash.value() + "." + type.name().toLowerCase(Locale.ROOT);
        return new Reply(200, type.mimeType(), content, Map.of())
                .withHeader("ETag", "\"" + hash.value() + "\"")
                // Access-controlled: a shared cache must not keep it; the bytes never change.
                .withHeader("Cache-Control", "private, max-age=86400")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", "sandbox")
                .withHeader("Content-Disposition", (image ? "inline" : "attachment") + "; filename=\"" + file + "\"");
    }

    private static CaseId caseId(Exchange ex) {
        String raw = ex.pathParam("id");
        try {
            return CaseId.of(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("id", e.getMessage());
        }
    }

    /**
     * A streaming reader of multipart/form-data (RFC 7578): parts are read one at a time, each
     * bounded, and only parts named {@code file} are taken.
     */
    static final class Multipart {
        private final InputStream in;
        private final byte[] delimiter;
        private final int[] fallback;
        private final long maxBytes;
        private final int maxFiles;

        Multipart(InputStream in, String boundary, long maxBytes, int maxFiles) {
            this.in = new java.io.BufferedInputStream(in, 64 * 1024);
            this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            this.fallback = failure(delimiter);
            this.maxBytes = maxBytes;
            this.maxFiles = maxFiles;
        }

        List<byte[]> read() throws IOException {
            return parts(
                            "file"::equals,
                            "every part must be a file named file (Content-Disposition: form-data; name=\"file\")")
                    .stream()
                    .map(Part::bytes)
                    .toList();
        }

        /** One part: its name, its file name (empty for a form field) and its bytes. */
        record Part(String name, Optional<String> filename, byte[] bytes) {}

        /** Every part, refusing (400, naming the part) one whose name {@code accepted} does not take. */
        List<Part> parts(java.util.function.Predicate<String> accepted, String wrongName) throws IOException {
            List<Part> files = new ArrayList<>();
            // The first delimiter may open the body without the CRLF before it: start as if it was read.
            skipTo(2, Long.MAX_VALUE, null, "");
            while (true) {
                int a = in.read();
                int b = in.read();
                if (a == '-' && b == '-') {
                    return files;
                }
                if (a != '\r' || b != '\n') {
                    throw malformed("a boundary line must end with CRLF");
                }
                String[] disposition = headers();
                String name = disposition == null ? null : disposition[0];
                if (name == null || !accepted.test(name)) {
                    throw ProblemException.invalid(name == null ? "part" : name, wrongName);
                }
                if (files.size() == maxFiles) {
                    throw new ProblemException(
                                    400,
                                    "invalid-input",
                                    "Invalid input",
                                    "more than " + maxFiles + " files in one upload; send at most " + maxFiles,
                                    List.of(new FieldError("file", "at most " + maxFiles + " files per upload")),
                                    Optional.empty(),
                                    Map.of())
                            .withHeader("Connection", "close");
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                skipTo(0, maxBytes, body, "file[" + files.size() + "]");
                byte[] bytes = body.toByteArray();
                files.add(new Part(
                        name,
                        Optional.ofNullable(disposition[1]),
                        java.util.Arrays.copyOf(bytes, bytes.length - delimiter.length)));
            }
        }

        /**
         * The part's name and file name (null when absent) from its Content-Disposition, after
         * reading its headers up to the empty line; null for a part without headers.
         */
        private String[] headers() throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            int state = 0; // matched bytes of CRLFCRLF
            while (state < 4) {
                int c = in.read();
                if (c < 0) {
                    throw malformed("the body ends inside a part's headers");
                }
                raw.write(c);
                if (raw.size() > MAX_HEADER_BYTES) {
                    throw malformed("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
                }
                state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                        ? state + 1
                        : (c == '\r' ? 1 : 0);
                if (state == 2 && raw.size() == 2) {
                    return null; // a part without headers
                }
            }
            String name = null;
            String filename = null;
            for (String line : raw.toString(StandardCharsets.UTF_8).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                    Matcher m = NAME.matcher(line.substring(colon + 1));
                    if (m.find()) {
                        name = m.group(1);
                    }
                    Matcher f = FILENAME.matcher(line.substring(colon + 1));
                    if (f.find()) {
                        filename = f.group(1);
                    }
                }
            }
            return new String[] {name, filename};
        }

        /**
         * Reads up to and including the next delimiter (Knuth-Morris-Pratt, starting with
         * {@code matched} bytes of it already matched), copying what it reads to {@code out} if given;
         * more than {@code max} bytes before the delimiter is a 413.
         */
        private void skipTo(int matched, long max, ByteArrayOutputStream out, String field) throws IOException {
            int m = matched;
            long count = 0;
            while (m < delimiter.length) {
                int c = in.read();
                if (c < 0) {
                    throw malformed("the body ends before the closing boundary");
                }
                while (m > 0 && c != (delimiter[m] & 0xFF)) {
                    m = fallback[m - 1];
                }
                if (c == (delimiter[m] & 0xFF)) {
                    m++;
                }
                count++;
                if (out != null) {
                    out.write(c);
                    if (count - m > max) {
                        throw tooLarge(field, max);
                    }
                }
            }
        }

        private static int[] failure(byte[] pattern) {
            int[] f = new int[pattern.length];
            for (int i = 1, k = 0; i < pattern.length; i++) {
                while (k > 0 && pattern[i] != pattern[k]) {
                    k = f[k - 1];
                }
                if (pattern[i] == pattern[k]) {
                    k++;
                }
                f[i] = k;
            }
            return f;
        }

        private static ProblemException malformed(String detail) {
            return ProblemException.of(400, "malformed-multipart", "Malformed multipart body", detail);
        }
    }
}
