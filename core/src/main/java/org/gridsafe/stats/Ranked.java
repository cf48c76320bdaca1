package org.gridsafe.stats;

/**
 * One entry of a ranking: a grid or department and its indicators.
 *
 * @param subject what is ranked
 * @param indicators its indicators
 * @param <T> the kind of subject
 */
public record Ranked<T>(T subject, CaseIndicators indicators) {}
