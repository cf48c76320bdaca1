package org.gridsafe.grid;

/**
 * A position on the ground in decimal degrees: longitude first (x), then latitude (y).
 *
 * <p>The coordinate reference system is the one the host's grid boundaries use (for example
 * CGCS2000 or WGS 84); the library does not convert between systems, so points and boundaries must
 * agree. Longitude comes first because that is the x axis of the boundaries; a point in China has
 * a longitude of about 73-135 and a latitude of about 18-54.
 *
 * <pre>{@code
 * GeoPoint tiananmen = new GeoPoint(116.3975, 39.9087);
 * }</pre>
 *
 * @param longitude degrees east, -180 to 180 inclusive
 * @param latitude degrees north, -90 to 90 inclusive
 */
public record GeoPoint(double longitude, double latitude) {

    /** Validates the coordinates. */
    public GeoPoint {
        check("longitude", longitude, 180);
        check("latitude", latitude, 90);
    }

    /**
     * Same as the constructor; reads well in static-import style.
     *
     * @param longitude degrees east, -180 to 180 inclusive
     * @param latitude degrees north, -90 to 90 inclusive
     * @return the point
     */
    public static GeoPoint of(double longitude, double latitude) {
        return new GeoPoint(longitude, latitude);
    }

    private static void check(String name, double value, double limit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number of degrees; got " + value);
        }
        if (value < -limit || value > limit) {
            throw new IllegalArgumentException(
                    name + " must be between -" + (int) limit + " and " + (int) limit + " degrees; got " + value);
        }
    }
}
