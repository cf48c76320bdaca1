/**
 * Ports (端口): what a host implements to give GridSafe storage, reference data, notifications and
 * ids. Interfaces and records, and {@link org.gridsafe.port.StoreUnavailableException}, the one
 * failure every port may throw when its store is down. {@code org.gridsafe.memory} implements them in memory; the
 * JDBC adapter implements them on H2 and PostgreSQL; the contract kits of gridsafe-testkit
 * ({@code org.gridsafe.testkit}) say what any implementation must do.
 */
package org.gridsafe.port;
