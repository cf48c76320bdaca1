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
 */
public record ServerOptions(
        String host,
        int port,
        Path dataDirectory,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword) {

    static final String USAGE = "options: --port N (GRIDSAFE_PORT), --data DIR (GRIDSAFE_DATA), --db-url URL"
            + " (GRIDSAFE_DB_URL), --db-user USER (GRIDSAFE_DB_USER), --db-password PASSWORD (GRIDSAFE_DB_PASSWORD)";

    /** Reads {@code args} and {@code environment}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static ServerOptions parse(String[] args, Map<String, String> environment) {
        String port = environment.getOrDefault("GRIDSAFE_PORT", "8080");
        String data = environment.getOrDefault("GRIDSAFE_DATA", "gridsafe-data");
        String url = environment.get("GRIDSAFE_DB_URL");
        String user = environment.get("GRIDSAFE_DB_USER");
        String password = environment.get("GRIDSAFE_DB_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = value;
                case "--data" -> data = value;
                case "--db-url" -> url = value;
                case "--db-user" -> user = value;
                case "--db-password" -> password = value;
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + port + "' is not a number; " + USAGE, e);
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("port " + portNumber + " is outside 0-65535");
        }
        return new ServerOptions(
                "127.0.0.1",
                portNumber,
                Path.of(data),
                Optional.ofNullable(url).filter(s -> !s.isBlank()),
                Optional.ofNullable(user),
                Optional.ofNullable(password));
    }

    /** The JDBC URL to connect to: the given one, or the H2 file under the data directory. */
    public String jdbcUrl() {
        return databaseUrl.orElseGet(
                () -> "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("gridsafe"));
    }
}
