/**
 * Ports (端口): what a host implements to give GridSafe storage, reference data, notifications and
 * ids. Interfaces and records only. {@code org.gridsafe.memory} implements them in memory; the
 * JDBC adapter implements them on H2 and PostgreSQL; the contract tests in core's test jar say
 * what any implementation must do.
 */
package org.gridsafe.port;
