package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Everything that differs between databases, in one place: where the migrations live and the few
 * SQL fragments that are not portable. A MySQL/MariaDB dialect adds a constant here and a
 * migration folder; the rest of the adapter speaks plain SQL (LIMIT, identity columns).
 */
enum Dialect {
    H2("h2", "LOCATE(?, description) > 0"),
    POSTGRESQL("postgresql", "strpos(description, ?) > 0");

    private final String migrationFolder;
    private final String descriptionContainsSql;

    Dialect(String migrationFolder, String descriptionContainsSql) {
        this.migrationFolder = migrationFolder;
        this.descriptionContainsSql = descriptionContainsSql;
    }

    /** Flyway location of this dialect's migrations. */
    String migrationLocation() {
        return "classpath:org/gridsafe/jdbc/migration/" + migrationFolder;
    }

    /** A predicate with one parameter: the case description contains the parameter (no wildcards). */
    String descriptionContainsSql() {
        return descriptionContainsSql;
    }

    /**
     * Whether the driver sends the statements of one multi-statement {@code PreparedStatement}
     * together, in one round trip (pgjdbc does; H2 runs one statement per prepared statement).
     */
    boolean sendsStatementsTogether() {
        return this == POSTGRESQL;
    }

    /** Whether {@code e} says a unique or primary key constraint was violated. */
    boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The dialect of the database behind {@code connection}. */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new StorageException("GridSafe's JDBC adapter supports H2 and PostgreSQL, not " + product, null);
    }
}
