package org.gridsafe.stats;

import java.time.Duration;
import java.util.Optional;

/**
 * How long one step took over the cases that completed it in the period.
 *
 * @param count how many cases completed the step
 * @param mean the arithmetic mean, truncated to the second; empty when none did
 * @param p90 the 90th percentile by nearest rank (the smallest duration that at least 90% of the
 *     cases did not exceed), truncated to the second; empty when none did
 */
public record StepDurations(long count, Optional<Duration> mean, Optional<Duration> p90) {}
