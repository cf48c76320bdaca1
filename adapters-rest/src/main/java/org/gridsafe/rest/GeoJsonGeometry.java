package org.gridsafe.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A grid boundary as a GeoJSON geometry object (RFC 7946 §3.1): {@code Polygon} or
 * {@code MultiPolygon}, positions as [longitude, latitude], rings closed, in the order and winding
 * the directory holds them (RFC 7946 asks parsers not to reject either winding). This is what a
 * command center's map draws; map libraries read it as is.
 */
final class GeoJsonGeometry {

    private GeoJsonGeometry() {}

    static Map<String, Object> of(Geometry boundary) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        if (boundary instanceof Polygon polygon) {
            geometry.put("type", "Polygon");
            geometry.put("coordinates", rings(polygon));
        } else if (boundary instanceof MultiPolygon multi) {
            List<Object> polygons = new ArrayList<>(multi.getNumGeometries());
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i)));
            }
            geometry.put("type", "MultiPolygon");
            geometry.put("coordinates", polygons);
        } else {
            // Grid accepts only polygons and multipolygons; anything else is a bug upstream.
            throw new IllegalStateException(
                    "a grid boundary must be a Polygon or MultiPolygon, not " + boundary.getGeometryType());
        }
        return geometry;
    }

    private static List<List<double[]>> rings(Polygon polygon) {
        List<List<double[]>> rings = new ArrayList<>(1 + polygon.getNumInteriorRing());
        rings.add(positions(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static List<double[]> positions(LineString ring) {
        List<double[]> positions = new ArrayList<>(ring.getNumPoints());
        for (Coordinate c : ring.getCoordinates()) {
            positions.add(new double[] {c.getX(), c.getY()});
        }
        return positions;
    }
}
