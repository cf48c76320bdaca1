package org.gridsafe.patrol;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.grid.GeoPoint;

/**
 * A check-in at the premises as recorded: what the terminal sent, and what GridSafe worked out from it
 * (the distance to the premises and the flags).
 *
 * @param at when the terminal says it checked in
 * @param method GPS, QR code at the premises, or photo reviewed later
 * @param point where, if the terminal had a position
 * @param accuracyMeters the position's accuracy, if given
 * @param qrCode the code scanned, for {@link CheckInMethod#QR_AT_PREMISES}
 * @param photo the photo's reference ({@code sha256:...}), for {@link CheckInMethod#PHOTO_REVIEW}
 * @param distanceMeters the distance from {@code point} to the premises, when there is a point
 * @param flags why it needs a second look; empty when nothing does
 */
public record CheckIn(
        Instant at,
        CheckInMethod method,
        Optional<GeoPoint> point,
        Optional<Double> accuracyMeters,
        Optional<String> qrCode,
        Optional<String> photo,
        Optional<Double> distanceMeters,
        Set<CheckInFlag> flags) {

    public CheckIn {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(accuracyMeters, "accuracyMeters");
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(distanceMeters, "distanceMeters");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Whether the check-in needs review. */
    public boolean flagged() {
        return !flags.isEmpty();
    }
}
