package org.gridsafe.memory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.port.MediaStore;

/** A {@link MediaStore} in the heap, for tests and the in-memory default; it forgets everything on restart. Thread-safe. */
public final class InMemoryMediaStore implements MediaStore {

    private record Stored(MediaReference reference, byte[] content) {}

    private final MediaLimits limits;
    private final ConcurrentMap<MediaHash, Stored> files = new ConcurrentHashMap<>();

    /** A store with {@link MediaLimits#defaults()}. */
    public InMemoryMediaStore() {
        this(MediaLimits.defaults());
    }

    /** A store accepting what {@code limits} accept. */
    public InMemoryMediaStore(MediaLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public MediaReference put(byte[] content) {
        MediaReference reference = limits.admit(content);
        // The copy keeps a caller that reuses its buffer from changing the evidence.
        return files.computeIfAbsent(reference.hash(), h -> new Stored(reference, content.clone()))
                .reference();
    }

    @Override
    public Optional<MediaReference> find(MediaHash hash) {
        return Optional.ofNullable(files.get(hash)).map(Stored::reference);
    }

    @Override
    public Optional<byte[]> read(MediaHash hash) {
        return Optional.ofNullable(files.get(hash)).map(s -> s.content().clone());
    }

    @Override
    public MediaLimits limits() {
        return limits;
    }

    /** How many files are stored. */
    public int size() {
        return files.size();
    }

    @Override
    public boolean durable() {
        return false;
    }
}
