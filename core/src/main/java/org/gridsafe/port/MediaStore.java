package org.gridsafe.port;

import java.util.Optional;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;

/**
 * Where evidence files are kept, content-addressed: a file's id is the SHA-256 of its bytes, so
 * storing the same bytes twice keeps one object and answers the same reference. A file is checked
 * against {@link #limits()} (size, and type recognised from the bytes) before it is kept. Nothing
 * is ever overwritten or deleted through this port: a stored file is evidence.
 *
 * <p>{@link #put} returning means the file is stored on the store's terms ({@link #durable()}: it
 * survives a crash); a failed or interrupted put leaves no object behind, never a partial one.
 *
 * <pre>{@code
 * MediaReference photo = media.put(bytes);          // MediaRejectedException if too large or not a photo
 * casework.submitRectification(handler, SubmitRectification.of(id).evidence("已清理").media(photo).build());
 * byte[] again = media.read(photo.hash()).orElseThrow();
 * }</pre>
 */
public interface MediaStore {

    /**
     * Stores {@code content} if it is not stored yet.
     *
     * @return the reference it is stored under (the same for the same bytes)
     * @throws org.gridsafe.media.MediaRejectedException if {@link #limits()} refuse it (nothing is stored)
     * @throws StoreUnavailableException if the store cannot be written now
     */
    MediaReference put(byte[] content);

    /** The reference of the stored file with {@code hash}, if there is one. */
    Optional<MediaReference> find(MediaHash hash);

    /** The bytes of the stored file with {@code hash}, if there is one; they hash to {@code hash}. */
    Optional<byte[]> read(MediaHash hash);

    /** What {@link #put} accepts. */
    MediaLimits limits();

    /** Whether a stored file survives a restart of the process (false for the in-memory store). */
    boolean durable();
}
