package org.gridsafe.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Makes an H2 file database that was not closed cleanly (a crash, {@code kill -9}) open with every
 * commit it holds. Call {@link #beforeOpening} before the first connection to the file;
 * {@code DemoMain} does. It does not make H2 survive a power loss: H2 does not {@code fsync} a
 * commit.
 *
 * <p>Why: H2 2.5's MVStore writes each commit as a chunk; when a chunk lands where the previous one
 * did not predict, the store header is rewritten, but it names the <em>previous</em> chunk (in
 * {@code FileStore.storeBuffer}, {@code lastChunk} is set only after {@code writeChunk} wrote the
 * header). After a crash, H2's quick recovery follows that header and the predicted positions, does
 * not find the newest chunks, and opens the database without the commits they hold: acknowledged
 * writes vanish, and their chunks are overwritten by the next writes. Found with the server's own
 * crash test (one report, SIGKILL at its 201, restart) and by dumping the killed file. An MVStore
 * opened in recovery mode scans the whole file, takes the newest chunk whose chunk set is complete,
 * and on close writes a clean header naming it; H2 then opens that state.
 *
 * <p>A file whose two header copies agree that it was closed cleanly is left alone (no scan).
 * Otherwise the file is first copied to {@code NAME.mv.db.before-recovery} (replacing an older
 * copy): recovery mode salvages what it can read, so on a file damaged by something other than a
 * crash (a torn write, a bad disk) the copy keeps what it saw. The scan reads the whole file once.
 * A file in use by another process is refused by H2's file lock, so this never touches an open
 * database. Not examined: encrypted files ({@code CIPHER=}) and {@code AUTO_SERVER=TRUE} URLs, where
 * another process may legitimately hold the file.
 */
public final class H2CrashRecovery {

    /** H2's block size, where the second copy of the store header starts. */
    private static final int BLOCK = 4096;

    /** What {@link #beforeOpening} found and did. */
    public record Outcome(Path file, boolean wasClean, long headerVersion, long recoveredVersion) {
        /**
         * Whether the newest complete state is newer than the one the store header names (H2's own
         * opening then depends on finding the newer chunks from the header, which it may not).
         */
        public boolean headerWasBehind() {
            return recoveredVersion > headerVersion;
        }
    }

    private H2CrashRecovery() {}

    /**
     * For an H2 file URL ({@code jdbc:h2:file:PATH;...} or {@code jdbc:h2:PATH;...}, not
     * {@code mem:}, {@code tcp:} or {@code ssl:}) whose file exists and was not closed cleanly:
     * recovers it as described above. Empty for other URLs and for files that do not exist yet.
     *
     * @throws StorageException when the file cannot be read or recovered (the message names it)
     */
    public static Optional<Outcome> beforeOpening(String jdbcUrl) {
        String settings = jdbcUrl.toUpperCase(java.util.Locale.ROOT);
        if (settings.contains(";CIPHER=") || settings.contains(";AUTO_SERVER=TRUE")) {
            return Optional.empty();
        }
        return databaseFile(jdbcUrl).filter(Files::exists).map(H2CrashRecovery::recover);
    }

    /** The {@code .mv.db} file an H2 JDBC URL names, if it names a local file. */
    static Optional<Path> databaseFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.startsWith("mem:")
                || name.startsWith("tcp:")
                || name.startsWith("ssl:")
                || name.startsWith("zip:")
                || name.isEmpty()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db").toAbsolutePath());
    }

    static Outcome recover(Path file) {
        byte[] start = firstBlocks(file);
        Optional<Map<String, String>> first = header(start, 0);
        Optional<Map<String, String>> second = header(start, BLOCK);
        long headerVersion = Math.max(
                first.map(h -> hex(h.get("version"))).orElse(0L),
                second.map(h -> hex(h.get("version"))).orElse(0L));
        // As H2 itself judges it: both copies intact, of one version, marked clean.
        boolean clean = first.isPresent()
                && second.isPresent()
                && first.get().get("version") != null
                && first.get().get("version").equals(second.get().get("version"))
                && "1".equals(first.get().get("clean"));
        if (clean) {
            return new Outcome(file, true, headerVersion, headerVersion);
        }
        try {
            Files.copy(
                    file,
                    file.resolveSibling(file.getFileName() + ".before-recovery"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException(
                    "copy the H2 database " + file + " aside before recovering it: " + e.getMessage(), e);
        }
        try {
            MVStore store = new MVStore.Builder()
                    .fileName(file.toString())
                    .recoveryMode()
                    .autoCommitDisabled()
                    .open();
            long recovered;
            try {
                recovered = store.getCurrentVersion();
            } finally {
                store.close();
            }
            return new Outcome(file, false, headerVersion, recovered);
        } catch (MVStoreException e) {
            throw new StorageException(
                    "recover the H2 database " + file + " after an unclean stop: " + e.getMessage(), e);
        }
    }

    private static byte[] firstBlocks(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(2 * BLOCK);
        } catch (IOException e) {
            throw new StorageException("read the H2 database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * One copy of the store header: {@code key:value} pairs separated by commas, ending with
     * {@code fletcher:} and the Fletcher-32 checksum of what precedes it; empty if absent or damaged.
     */
    private static Optional<Map<String, String>> header(byte[] blocks, int offset) {
        if (blocks.length < offset + BLOCK) {
            return Optional.empty();
        }
        int from = offset;
        int to = offset + BLOCK;
        while (from < to && (blocks[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (blocks[to - 1] & 0xff) <= ' ') {
            to--;
        }
        String text = new String(blocks, from, to - from, StandardCharsets.ISO_8859_1);
        int checksumAt = text.lastIndexOf(",fletcher:");
        if (checksumAt < 0) {
            return Optional.empty();
        }
        try {
            int expected = (int) Long.parseLong(text.substring(checksumAt + ",fletcher:".length()), 16);
            if (DataUtils.getFletcher32(blocks, from, checksumAt) != expected) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Map<String, String> header = DataUtils.parseMap(text.substring(0, checksumAt));
        return header.containsKey("H") ? Optional.of(header) : Optional.empty();
    }

    private static long hex(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
