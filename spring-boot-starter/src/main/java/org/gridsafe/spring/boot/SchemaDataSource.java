package org.gridsafe.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The host's DataSource with every connection GridSafe takes switched to GridSafe's own schema, so
 * its unqualified table names resolve there and Flyway keeps its history there. Pools such as
 * HikariCP put a connection's schema back when it is returned, so the host's own connections keep
 * theirs.
 */
final class SchemaDataSource extends DelegatingDataSource {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String schema;

    private SchemaDataSource(DataSource target, String schema) {
        super(target);
        this.schema = schema;
    }

    /**
     * Creates the schema when missing and returns a DataSource whose connections use it.
     *
     * @throws IllegalArgumentException naming the property when the name is not a plain lower-case identifier
     */
    static DataSource of(DataSource target, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("gridsafe.schema '" + name
                    + "' must be a lower-case letter followed by up to 62 lower-case letters, digits or '_'");
        }
        String schema;
        try (Connection c = target.getConnection();
                Statement s = c.createStatement()) {
            // Unquoted, so each database folds the name its own way (H2 to upper case, PostgreSQL to lower).
            s.execute("CREATE SCHEMA IF NOT EXISTS " + name);
            boolean h2 = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
            schema = h2 ? name.toUpperCase(Locale.ROOT) : name;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the schema " + name + " (gridsafe.schema): " + e, e);
        }
        return new SchemaDataSource(target, schema);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inSchema(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return inSchema(super.getConnection(username, password));
    }

    private Connection inSchema(Connection c) throws SQLException {
        try {
            c.setSchema(schema);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }
}
