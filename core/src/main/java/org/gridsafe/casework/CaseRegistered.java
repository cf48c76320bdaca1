package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * Step 2, 受理立案: the command center took the case up, confirming or correcting its
 * classification.
 *
 * @param domain the confirmed safety domain
 * @param hazard the confirmed hazard code
 * @param grade the confirmed grade
 * @param note the registrar's note
 * @param dispatchDeadline when dispatch is due
 */
public record CaseRegistered(
        SafetyDomain domain, HazardCode hazard, HazardGrade grade, Optional<String> note, Instant dispatchDeadline)
        implements CaseEvent {}
