package org.gridsafe.grid;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Boundaries for tests, in longitude/latitude degrees. */
final class Shapes {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private Shapes() {}

    static Polygon rectangle(double minX, double minY, double maxX, double maxY) {
        return polygon(minX, minY, maxX, minY, maxX, maxY, minX, maxY);
    }

    static Polygon triangle(double x1, double y1, double x2, double y2, double x3, double y3) {
        return polygon(x1, y1, x2, y2, x3, y3);
    }

    /** A polygon through the given x, y pairs; the ring is closed here. */
    static Polygon polygon(double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        ring[ring.length - 1] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    static Geometry point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }
}
