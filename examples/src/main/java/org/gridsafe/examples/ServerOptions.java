package org.gridsafe.examples;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the demo server is started: command-line flags win over environment variables, which win
 * over the defaults (127.0.0.1:8080, H2 file database under ./gridsafe-data).
 *
 * @param host the address to listen on
 * @param port the port; 0 picks a free one
 * @param dataDirectory where the H2 database lives
 * @param databaseUrl a JDBC URL to use instead of the H2 file (e.g. PostgreSQL)
 * @param databaseUser the database user
 * @param databasePassword the database password
 * @param checkAll whether the start-up check covers every stored case, not only those written
 *     since the last clean stop
 * @param help whether only the usage was asked for
 * @param mediaInDatabase whether evidence files go to the database ({@code media_object}) instead of
 *     the directory {@code media} under the data directory
 */
public record ServerOptions(
        String host,
        int port,
        Path dataDirectory,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        boolean checkAll,
        boolean help,
        boolean mediaInDatabase) {

    /** Options with evidence files under the data directory. */
    public ServerOptions(
            String host,
            int port,
            Path dataDirectory,
            Optional<String> databaseUrl,
            Optional<String> databaseUser,
            Optional<String> databasePassword,
            boolean checkAll,
            boolean help) {
        this(host, port, dataDirectory, databaseUrl, databaseUser, databasePassword, checkAll, help, false);
    }

    /** Options for a server (no full check, not just the usage). */
    public ServerOptions(
            String host,
            int port,
            Path dataDirectory,
            Optional<String> databaseUrl,
            Optional<String> databaseUser,
            Optional<String> databasePassword) {
        this(host, port, dataDirectory, databaseUrl, databaseUser, databasePassword, false, false);
    }

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: java -jar gridsafe-demo.jar [options]",
            "  --port N              port on 127.0.0.1, 0 = any free port (GRIDSAFE_PORT; default 8080)",
            "  --data DIR            directory of the H2 database (GRIDSAFE_DATA; default ./gridsafe-data)",
            "  --db-url URL          JDBC URL to use instead, e.g. jdbc:postgresql://host/db (GRIDSAFE_DB_URL)",
            "  --db-user USER        database user (GRIDSAFE_DB_USER)",
            "  --db-password SECRET  database password (GRIDSAFE_DB_PASSWORD)",
            "  --check-all           at start, verify every stored case, not only those written since the"
                    + " last clean stop",
            "  --media-store S       where evidence files go: files (DIR/media, the default) or database"
                    + " (GRIDSAFE_MEDIA_STORE)",
            "  --help                print this and exit",
            "",
            "       java -jar gridsafe-demo.jar validate|import|export [options]",
            "                        a district's data files (grids.geojson, CSV or .xlsx tables);",
            "                        each answers --help (docs/district-data.md)");

    private static final String SHORT_USAGE = "run with --help for the options";

    /** Reads {@code args} and {@code environment}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static ServerOptions parse(String[] args, Map<String, String> environment) {
        String port = environment.getOrDefault("GRIDSAFE_PORT", "8080");
        String data = environment.getOrDefault("GRIDSAFE_DATA", "gridsafe-data");
        String url = environment.get("GRIDSAFE_DB_URL");
        String user = environment.get("GRIDSAFE_DB_USER");
        String password = environment.get("GRIDSAFE_DB_PASSWORD");
        String mediaStore = environment.getOrDefault("GRIDSAFE_MEDIA_STORE", "files");
        boolean checkAll = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    help = true;
                    continue;
                }
                case "--check-all" -> {
                    checkAll = true;
                    continue;
                }
                case "--port", "--data", "--db-url", "--db-user", "--db-password", "--media-store" -> {}
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + SHORT_USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value; " + SHORT_USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = value;
                case "--data" -> data = value;
                case "--db-url" -> url = value;
                case "--db-user" -> user = value;
                case "--media-store" -> mediaStore = value;
                default -> password = value;
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + port + "' is not a number; " + SHORT_USAGE, e);
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("port " + portNumber + " is outside 0-65535");
        }
        if (!mediaStore.equals("files") && !mediaStore.equals("database")) {
            throw new IllegalArgumentException(
                    "media store '" + mediaStore + "' is neither files nor database; " + SHORT_USAGE);
        }
        return new ServerOptions(
                "127.0.0.1",
                portNumber,
                Path.of(data),
                Optional.ofNullable(url).filter(s -> !s.isBlank()),
                Optional.ofNullable(user),
                Optional.ofNullable(password),
                checkAll,
                help,
                mediaStore.equals("database"));
    }

    /** Where evidence files are kept unless {@link #mediaInDatabase()}: {@code media} under the data directory. */
    public Path mediaDirectory() {
        return dataDirectory.toAbsolutePath().resolve("media");
    }

    /**
     * The JDBC URL to connect to: the given one, or the H2 file under the data directory, opened
     * with {@code WRITE_DELAY=0} so that every commit is in the file when it returns (H2's default
     * writes commits up to 500 ms later: a crash lost them), and {@code DB_CLOSE_ON_EXIT=FALSE} so
     * that on SIGTERM the server's own stop records the clean stop and then closes the database
     * (H2's own shutdown hook closed it first, under the server's last writes).
     */
    public String jdbcUrl() {
        return databaseUrl.orElseGet(() -> "jdbc:h2:file:"
                + dataDirectory.toAbsolutePath().resolve("gridsafe") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }
}
