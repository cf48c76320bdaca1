/**
 * In-memory implementations of the ports (内存实现): thread-safe, for tests, demos and hosts that
 * keep cases elsewhere. They are the reference the JDBC adapter is tested against: both must pass
 * the same contract tests.
 */
package org.gridsafe.memory;
