package org.gridsafe.casework;

import java.time.Instant;

/**
 * 申请延期: the handler asks for a later rectification deadline.
 *
 * @param requestedDeadline the deadline asked for
 * @param reason why more time is needed
 */
public record ExtensionRequested(Instant requestedDeadline, String reason) implements CaseEvent {}
