/**
 * The port contract kits a host runs against its own adapters, the sample district they run over,
 * and QuickTheories generators built from a host's own directory.
 */
package org.gridsafe.testkit;
