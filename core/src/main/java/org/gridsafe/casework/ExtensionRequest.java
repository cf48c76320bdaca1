package org.gridsafe.casework;

import java.time.Instant;

/**
 * A pending request for a later rectification deadline.
 *
 * @param requestedDeadline the deadline asked for
 * @param reason why
 * @param requestedBy who asked
 */
public record ExtensionRequest(Instant requestedDeadline, String reason, String requestedBy) {}
