package org.gridsafe.patrol;

import java.time.Instant;

/**
 * What a purge of old track points did.
 *
 * @param before points older than this (a midnight in the service's zone) were deleted
 * @param purgedPoints how many
 * @param daysKept the days measured once more and kept before their points went
 */
public record TrackPurge(Instant before, int purgedPoints, int daysKept) {}
