package org.gridsafe.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.port.MediaStore;

/**
 * The photos of checklist answers over HTTP (patrols, inspections, self-inspections): hashes as {@code POST
 * /api/v1/media} answered them read into stored references, and a photo served with the headers of case
 * media once the service has checked who may see it.
 */
final class PhotoFields {

    private PhotoFields() {}

    /**
     * The stored files {@code hashes} name (as {@code POST /api/v1/media} answered them); a
     * malformed or unknown hash is a field error naming the answer and its item. Core checks the
     * references again against its media store.
     */
    static List<MediaReference> parse(MediaStore media, Fields f, String field, String item, List<String> hashes) {
        List<MediaReference> refs = new ArrayList<>();
        if (hashes == null) {
            return refs;
        }
        if (hashes.size() > Checklist.MAX_PHOTOS) {
            f.fail(field, hashes.size() + " photos given; at most " + Checklist.MAX_PHOTOS + " are allowed");
            return refs;
        }
        for (int i = 0; i < hashes.size(); i++) {
            String name = field + "[" + i + "]";
            String text = hashes.get(i);
            if (text == null) {
                f.fail(name, "must be a string, not null");
                continue;
            }
            // The hash as POST /api/v1/media answers it; the "sha256:" form of older clients too.
            String hex = text.startsWith("sha256:") ? text.substring("sha256:".length()) : text;
            Optional<MediaHash> hash = f.parse(name, hex, MediaHash::parse);
            if (hash.isEmpty()) {
                continue;
            }
            Optional<MediaReference> stored = media.find(hash.get());
            if (stored.isEmpty()) {
                f.fail(
                        name,
                        "item " + item + ": no file with hash " + hash.get()
                                + " is stored; upload it first (POST /api/v1/media)");
            } else {
                refs.add(stored.get());
            }
        }
        return refs;
    }

    /** The hash in the path, or a 400 naming {@code hash}. */
    static MediaHash hash(Exchange ex) {
        try {
            return MediaHash.parse(ex.pathParam("hash"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("hash", e.getMessage());
        }
    }

    /** The bytes as a download, with the headers of a case's files (private cache, sandboxed, no sniffing). */
    static Reply download(MediaHash hash, byte[] content) {
        MediaType type = MediaType.detect(content).orElseThrow();
        boolean image = type.mimeType().startsWith("image/");
        String file = hash.value() + "." + type.name().toLowerCase(Locale.ROOT);
        return new Reply(200, type.mimeType(), content, Map.of())
                .withHeader("ETag", "\"" + hash.value() + "\"")
                .withHeader("Cache-Control", "private, max-age=86400")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", "sandbox")
                .withHeader("Content-Disposition", (image ? "inline" : "attachment") + "; filename=\"" + file + "\"");
    }

    /** An answer's photos as their hashes. */
    static List<String> view(List<MediaReference> photos) {
        List<String> out = new ArrayList<>();
        photos.forEach(p -> out.add(p.hash().value()));
        return out;
    }
}
