package org.gridsafe.casework;

import java.time.Instant;

/**
 * A suspended case is worked on again: resumed by the command center, or by the escalation scan
 * once its review date came. The department's clock restarts with a full rectification time limit.
 *
 * @param reason why it resumes (for the scan: that the review date came)
 * @param reviewDateReached whether the scan resumed it because its review date came
 * @param rectifyDeadline when the rectification is due now
 */
public record CaseResumed(String reason, boolean reviewDateReached, Instant rectifyDeadline) implements CaseEvent {}
