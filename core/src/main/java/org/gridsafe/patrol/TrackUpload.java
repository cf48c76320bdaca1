package org.gridsafe.patrol;

import java.util.List;

/**
 * What an upload of track points did.
 *
 * @param received the points sent
 * @param stored the points new to the store (a retried batch stores none)
 * @param days the days the points fall on, measured again with every point held
 */
public record TrackUpload(int received, int stored, List<TrackDay> days) {

    public TrackUpload {
        days = List.copyOf(days);
    }
}
