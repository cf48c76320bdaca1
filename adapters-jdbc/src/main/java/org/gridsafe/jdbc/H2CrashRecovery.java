package org.gridsafe.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Makes an H2 file database that was not closed cleanly (a crash, {@code kill -9}, a power loss)
 * open with every commit it holds. Call {@link #beforeOpening} before the first connection to the
 * file; {@code DemoMain} does.
 *
 * <p>Why: H2 2.5's MVStore writes each commit as a chunk; when a chunk lands where the previous one
 * did not predict, the store header is rewritten, but it names the <em>previous</em> chunk (in
 * {@code FileStore.storeBuffer}, {@code lastChunk} is set only after {@code writeChunk} wrote the
 * header). After a crash, H2's quick recovery follows that header and the predicted positions, does
 * not find the newest chunk, and opens the database without the commits it holds: acknowledged
 * writes vanish, and their chunk is overwritten by the next writes. Found with the server's own
 * crash test (one report, SIGKILL at its 201, restart) and by dumping the killed file. An MVStore
 * opened in recovery mode scans the whole file, takes the newest chunk whose chunk set is complete,
 * and on close writes a clean header naming it; H2 then opens that state.
 *
 * <p>A cleanly closed file is left alone (no scan). The scan reads the file once; a file in use by
 * another process is refused by H2's file lock, so this never touches an open database.
 */
public final class H2CrashRecovery {

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
        Map<String, String> header = header(file);
        long headerVersion = hex(header.get("version"));
        if ("1".equals(header.get("clean"))) {
            return new Outcome(file, true, headerVersion, headerVersion);
        }
        try {
            MVStore store = new MVStore.Builder()
                    .fileName(file.toString())
                    .recoveryMode()
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

    /** The store header: the first block of the file, {@code key:value} pairs separated by commas. */
    private static Map<String, String> header(Path file) {
        byte[] block = new byte[4096];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(block, 0, block.length);
        } catch (IOException e) {
            throw new StorageException("read the H2 database " + file + ": " + e.getMessage(), e);
        }
        String text = new String(block, 0, read, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        Map<String, String> header = new LinkedHashMap<>();
        for (String pair : (end < 0 ? text : text.substring(0, end)).split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                header.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        if (!header.containsKey("H")) {
            throw new StorageException("the file " + file + " is not an H2 database (no store header)", null);
        }
        return header;
    }

    private static long hex(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
