package org.gridsafe.casework;

import java.util.Optional;

/**
 * 重大事故隐患降级: the command center made a MAJOR case GENERAL, with the reason. The running
 * deadline is kept: the step's clock was set for a major hazard and is not lengthened afterwards.
 *
 * @param criterion the major-hazard criterion (item key) the case was linked to and no longer is
 * @param reason why the case is not a major hazard
 */
public record MajorHazardDowngraded(Optional<String> criterion, String reason) implements CaseEvent {

    public MajorHazardDowngraded {
        criterion = criterion == null ? Optional.empty() : criterion;
    }
}
