package org.gridsafe.examples;

import java.time.LocalDate;
import org.gridsafe.stats.CaseIndicators;

/**
 * The district at the end of one simulated day.
 *
 * @param day the day
 * @param openCases cases still open at its end
 * @param soFar indicators from the first day to the end of this one
 */
public record DailySnapshot(LocalDate day, long openCases, CaseIndicators soFar) {}
