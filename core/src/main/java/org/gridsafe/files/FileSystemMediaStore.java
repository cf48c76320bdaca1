package org.gridsafe.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.gridsafe.media.MediaReference;
import org.gridsafe.media.MediaType;
import org.gridsafe.port.MediaStore;
import org.gridsafe.port.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MediaStore} in a directory: each file at {@code objects/ab/cd/<hash>} (the first two
 * pairs of hex digits spread the files over directories), its bytes as sent and nothing else.
 *
 * <p>Durable: a put writes a new temporary file under {@code tmp/}, forces it to the disk
 * ({@code fsync}), renames it atomically to its name, and forces the directory that now holds the
 * name. {@link #put} returns only after all of that, so an acknowledged file survives a crash of
 * the process and, as far as the disk honours {@code fsync}, a power loss. A put interrupted at any
 * point leaves at most a temporary file, never an object under its hash: {@link #open} deletes
 * the temporary files a crash left. Reads check that the bytes still hash to their name.
 *
 * <pre>{@code
 * MediaStore media = FileSystemMediaStore.open(dataDirectory.resolve("media"), MediaLimits.defaults());
 * }</pre>
 *
 * <p>Thread-safe, and safe for several processes on one directory (two puts of the same bytes
 * rename identical files onto one name). Directory {@code fsync} is what Linux and macOS provide;
 * where the platform refuses to open a directory (Windows) that step is skipped.
 */
public final class FileSystemMediaStore implements MediaStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemMediaStore.class);
    private static final String PART_SUFFIX = ".part";

    private final Path root;
    private final Path objects;
    private final Path tmp;
    private final MediaLimits limits;

    private FileSystemMediaStore(Path root, MediaLimits limits) {
        this.root = root;
        this.objects = root.resolve("objects");
        this.tmp = root.resolve("tmp");
        this.limits = limits;
    }

    /**
     * Opens (creating it if needed) the store in {@code root} and deletes temporary files left by
     * interrupted puts.
     *
     * @throws IllegalArgumentException if {@code root} or a directory it needs is a file, or is not writable
     * @throws UncheckedIOException if the directories cannot be created or read
     */
    public static FileSystemMediaStore open(Path root, MediaLimits limits) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(limits, "limits");
        FileSystemMediaStore store =
                new FileSystemMediaStore(root.toAbsolutePath().normalize(), limits);
        store.prepare();
        return store;
    }

    private void prepare() {
        for (Path dir : new Path[] {root, objects, tmp}) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("media directory " + dir + " is a file, not a directory");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create media directory " + dir + ": " + e.getMessage(), e);
            }
            if (!Files.isWritable(dir)) {
                throw new IllegalArgumentException("media directory " + dir + " is not writable");
            }
        }
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp, "*" + PART_SUFFIX)) {
            for (Path part : leftovers) {
                Files.deleteIfExists(part);
                removed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + tmp + ": " + e.getMessage(), e);
        }
        if (removed > 0) {
            LOG.info("media store {}: removed {} unfinished upload(s) left by an earlier stop", root, removed);
        }
    }

    /** The directory the store lives in. */
    public Path root() {
        return root;
    }

    @Override
    public MediaReference put(byte[] content) {
        MediaReference reference = limits.admit(content);
        Path target = pathOf(reference.hash());
        if (Files.isRegularFile(target)) {
            return reference;
        }
        Path part = null;
        try {
            part = Files.createTempFile(tmp, "put-", PART_SUFFIX);
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            createDirectories(target.getParent());
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException sameBytes) {
                // Another put of the same bytes won; the object is there either way.
                Files.deleteIfExists(part);
            }
            part = null;
            force(target.getParent());
            return reference;
        } catch (IOException e) {
            throw new StoreUnavailableException(
                    "cannot store media " + reference.hash() + " in " + root + ": " + e.getMessage(), e, false);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    LOG.warn("cannot delete unfinished upload {}: {}", part, e.getMessage());
                }
            }
        }
    }

    @Override
    public Optional<MediaReference> find(MediaHash hash) {
        Path path = pathOf(hash);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(MediaType.SNIFF_BYTES);
            long size = Files.size(path);
            MediaType type = MediaType.detect(head)
                    .orElseThrow(() -> new IllegalStateException(
                            "stored media file " + path + " is not of a known type: it was altered on disk"));
            return Optional.of(new MediaReference(hash, type, size));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot read media " + hash + ": " + e.getMessage(), e, false);
        }
    }

    @Override
    public Optional<byte[]> read(MediaHash hash) {
        Path path = pathOf(hash);
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot read media " + hash + ": " + e.getMessage(), e, false);
        }
        MediaHash actual = MediaHash.of(content);
        if (!actual.equals(hash)) {
            // Evidence must never be served altered; the operator restores the file from a backup.
            throw new IllegalStateException(
                    "stored media file " + path + " is damaged: its bytes hash to " + actual + ", not to its name");
        }
        return Optional.of(content);
    }

    @Override
    public MediaLimits limits() {
        return limits;
    }

    @Override
    public boolean durable() {
        return true;
    }

    Path pathOf(MediaHash hash) {
        String hex = hash.value();
        return objects.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    /** Creates the missing directories down to {@code dir}, forcing each new name into its parent. */
    private void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        force(dir.getParent());
    }

    private static void force(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (System.getProperty("os.name", "").startsWith("Windows")) {
                return; // directories cannot be opened there; NTFS journals renames itself
            }
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    @Override
    public String toString() {
        return "FileSystemMediaStore[" + root + ", " + limits + "]";
    }

    /** For tests: the names of unfinished uploads in {@code tmp/}. */
    String[] partFiles() throws IOException {
        try (var files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }
}
