package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;

/**
 * 同意延期: the command center granted the pending extension; the deadline moves.
 *
 * @param newDeadline the rectification deadline from now on
 * @param note the approver's note
 */
public record ExtensionApproved(Instant newDeadline, Optional<String> note) implements CaseEvent {}
