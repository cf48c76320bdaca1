package org.gridsafe.casework;

import java.time.Instant;

/**
 * 恢复生产申请: the rectification under stopped production is done and the unit applies to resume.
 *
 * @param summary what was done (the rectification's result)
 * @param reviewDeadline when the department's review is due ({@link MajorHazardRules#resumptionReview()})
 */
public record ResumptionApplied(String summary, Instant reviewDeadline) implements CaseEvent {}
