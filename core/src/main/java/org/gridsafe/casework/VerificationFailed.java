package org.gridsafe.casework;

import java.time.Instant;

/**
 * Step 5 failed, 返工: the rectification was not accepted; the case goes back to the handler.
 *
 * @param reason what is still wrong
 * @param rectifyDeadline the new rectification deadline
 */
public record VerificationFailed(String reason, Instant rectifyDeadline) implements CaseEvent {}
