package org.gridsafe.patrol;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.lifecycle.Step;

/**
 * Check-in: the fields must be well formed; where the patroller stands is only flagged (far from the
 * premises, poor accuracy, no position, wrong QR code, photo to review, outside the window), never refused.
 */
final class CheckingIn implements Step<PatrolCommand.RecordCheckIn, PatrolStepContext> {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    @Override
    public void decide(PatrolCommand.RecordCheckIn c, PatrolStepContext ctx) {
        PatrolOccurrence o = ctx.occurrence();
        if (c.at() == null) {
            ctx.problem("at", "is required: when the terminal checked in");
        } else if (c.at().isAfter(ctx.now().plus(ctx.rules().clockSkew()))) {
            ctx.problem(
                    "at", "lies in the future (" + c.at() + " is after " + ctx.now() + "); check the terminal's clock");
        }
        if (c.method() == null) {
            ctx.problem("method", "is required: GPS, QR_AT_PREMISES or PHOTO_REVIEW");
        }
        c.accuracyMeters().ifPresent(a -> {
            if (a.isNaN() || a < 0 || a.isInfinite()) {
                ctx.problem("accuracyMeters", "must be a number of metres, at least 0; got " + a);
            }
        });
        if (c.method() == CheckInMethod.GPS && c.point().isEmpty()) {
            ctx.problem(
                    "point",
                    "is required for a GPS check-in; without a position check in by QR_AT_PREMISES or PHOTO_REVIEW");
        }
        if (c.method() == CheckInMethod.QR_AT_PREMISES
                && c.qrCode().map(String::isBlank).orElse(true)) {
            ctx.problem("qrCode", "is required for a QR check-in");
        }
        c.qrCode()
                .filter(q -> q.length() > 200)
                .ifPresent(q -> ctx.problem("qrCode", "must be at most 200 characters"));
        if (c.method() == CheckInMethod.PHOTO_REVIEW && c.photo().isEmpty()) {
            ctx.problem("photo", "is required for a photo check-in");
        }
        c.photo()
                .filter(p -> !Checklist.PHOTO.matcher(p).matches())
                .ifPresent(p -> ctx.problem("photo", "must be sha256: and 64 lower-case hex digits; got " + p));
        if (!ctx.ok()) {
            return;
        }
        Set<CheckInFlag> flags = EnumSet.noneOf(CheckInFlag.class);
        Optional<Double> distance = c.point().map(p -> meters(p, o.scheduled().premises()));
        distance.filter(d -> d > ctx.rules().farFromPremisesMeters())
                .ifPresent(d -> flags.add(CheckInFlag.FAR_FROM_PREMISES));
        c.accuracyMeters()
                .filter(a -> a > ctx.rules().poorAccuracyMeters())
                .ifPresent(a -> flags.add(CheckInFlag.POOR_ACCURACY));
        if (c.point().isEmpty()) {
            flags.add(CheckInFlag.NO_POSITION);
        }
        if (c.method() == CheckInMethod.QR_AT_PREMISES
                && !c.qrCode().get().equals(o.scheduled().entity().value())) {
            flags.add(CheckInFlag.QR_MISMATCH);
        }
        if (c.method() == CheckInMethod.PHOTO_REVIEW) {
            flags.add(CheckInFlag.PHOTO_TO_REVIEW);
        }
        if (c.at().isBefore(o.scheduled().windowStart())
                || !c.at().isBefore(o.scheduled().windowEnd())) {
            flags.add(CheckInFlag.OUTSIDE_WINDOW);
        }
        ctx.emit(new PatrolEvent.CheckedIn(new CheckIn(
                c.at(), c.method(), c.point(), c.accuracyMeters(), c.qrCode(), c.photo(), distance, flags)));
    }

    /** Great-circle distance (haversine); metres are plenty for a check-in. */
    static double meters(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
