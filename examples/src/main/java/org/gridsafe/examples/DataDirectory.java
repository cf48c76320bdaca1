package org.gridsafe.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The demo server's data directory, checked before the database is opened: a directory that
 * cannot be used is named in one line with what is wrong, instead of an H2 stack trace later.
 */
final class DataDirectory {

    /**
     * Free space below which the server does not start: the project's own choice, room for the
     * demo district (about 10 MB) and a day of reports with margin.
     */
    static final long MINIMUM_FREE_BYTES = 64L * 1024 * 1024;

    private DataDirectory() {}

    /** Why {@code dir} cannot hold the database; throws {@link UnusableDataDirectoryException}. */
    static void requireUsable(Path dir, String databaseFile) {
        Path absolute = dir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new UnusableDataDirectoryException(
                    "the data directory " + absolute + " is not a directory (a file is in its place)");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UnusableDataDirectoryException("cannot create the data directory " + absolute + ": " + reason(e));
        }
        Path probe = absolute.resolve(".gridsafe-write-probe");
        try {
            try (FileChannel channel = FileChannel.open(
                    probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.allocate(4096));
                channel.force(true);
            }
            Files.delete(probe);
        } catch (IOException e) {
            throw new UnusableDataDirectoryException(
                    "cannot write in the data directory " + absolute + ": " + reason(e));
        }
        Path database = absolute.resolve(databaseFile);
        if (Files.exists(database)) {
            try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE)) {
                // Opened for writing and closed again: H2 would otherwise open it read-only.
            } catch (IOException e) {
                throw new UnusableDataDirectoryException(
                        "cannot write the database file " + database + ": " + reason(e));
            }
        }
        long free;
        try {
            free = Files.getFileStore(absolute).getUsableSpace();
        } catch (IOException e) {
            throw new UnusableDataDirectoryException(
                    "cannot read the free space of the data directory " + absolute + ": " + reason(e));
        }
        requireFreeSpace(absolute, free);
    }

    static void requireFreeSpace(Path dir, long freeBytes) {
        if (freeBytes < MINIMUM_FREE_BYTES) {
            throw new UnusableDataDirectoryException("the disk of the data directory " + dir + " is full: "
                    + freeBytes / (1024 * 1024) + " MiB free, at least " + MINIMUM_FREE_BYTES / (1024 * 1024)
                    + " MiB needed");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** The data directory cannot be used; the message says what and where, in one line. */
    static final class UnusableDataDirectoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnusableDataDirectoryException(String message) {
            super(message);
        }
    }
}
