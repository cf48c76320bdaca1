package org.gridsafe.bench;

import java.util.List;

/**
 * One group of measurements. The runner runs the suites a mode asks for and collects their rows.
 * Suites that need a database or a server (the JDBC adapter on PostgreSQL, intake vs raw inserts,
 * the overdue scan, HTTP) are added here as they land; until then they are listed as pending.
 */
interface Suite {

    /** A short name, usable with {@code --only}. */
    String name();

    /** Runs the measurements of this suite in {@code mode}. */
    List<Row> run(RunMode mode) throws Exception;
}
