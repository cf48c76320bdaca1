package org.gridsafe.casework;

import java.util.Optional;

/**
 * 变更重大事故隐患判定依据: the command center linked a major-hazard criterion to a case, or replaced
 * the one linked; the case is MAJOR. The running deadline is kept.
 *
 * @param criterion the criterion now linked (item key)
 * @param previous the criterion linked before, or empty when the case had none
 * @param reason why the case meets the criterion
 */
public record MajorHazardCriterionChanged(String criterion, Optional<String> previous, String reason)
        implements CaseEvent {

    public MajorHazardCriterionChanged {
        previous = previous == null ? Optional.empty() : previous;
    }
}
