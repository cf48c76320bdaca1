package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;

/**
 * Step 5, 核查验收: the rectification was checked on site and accepted.
 *
 * @param note the verifier's note
 * @param closeDeadline when closing is due
 */
public record VerificationPassed(Optional<String> note, Instant closeDeadline) implements CaseEvent {}
