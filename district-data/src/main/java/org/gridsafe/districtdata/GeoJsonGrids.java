package org.gridsafe.districtdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridsafe.grid.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Grids as an RFC 7946 FeatureCollection: one Feature per grid, properties {@code code}, {@code
 * name} and {@code level}, geometry a Polygon, a MultiPolygon or null. Features are read with
 * Jackson (JTS's reader drops properties) and each geometry with JTS's {@link GeoJsonReader}.
 */
final class GeoJsonGrids {

    static final String FILE = "grids.geojson";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = JSON.writer();
    /** Names of WGS 84 longitude/latitude that a pre-RFC 7946 {@code crs} member may carry. */
    private static final Set<String> LON_LAT_CRS = Set.of(
            "urn:ogc:def:crs:ogc:1.3:crs84",
            "epsg:4326",
            "urn:ogc:def:crs:epsg::4326",
            "epsg:4490",
            "urn:ogc:def:crs:epsg::4490");

    private GeoJsonGrids() {}

    static List<GridFeature> read(byte[] content, List<Problem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(new Problem(
                    FILE,
                    "file",
                    "",
                    "is not JSON: " + e.getOriginalMessage() + " at line "
                            + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())));
            return List.of();
        } catch (IOException e) {
            problems.add(new Problem(FILE, "file", "", "cannot be read: " + e.getMessage()));
            return List.of();
        }
        if (root == null
                || !root.isObject()
                || !"FeatureCollection".equals(root.path("type").asText())) {
            problems.add(new Problem(FILE, "file", "type", "must be a GeoJSON FeatureCollection (RFC 7946)"));
            return List.of();
        }
        JsonNode crs = root.path("crs").path("properties").path("name");
        if (!crs.isMissingNode() && !LON_LAT_CRS.contains(crs.asText().toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(
                    FILE,
                    "file",
                    "crs",
                    "names " + crs.asText()
                            + "; coordinates must be WGS 84 longitude/latitude (RFC 7946): reproject to EPSG:4326"));
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            problems.add(new Problem(FILE, "file", "features", "must be an array of Features"));
            return List.of();
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        List<GridFeature> result = new ArrayList<>();
        int number = 0;
        for (JsonNode feature : features) {
            number++;
            String location = "feature " + number;
            if (!"Feature".equals(feature.path("type").asText())) {
                problems.add(new Problem(FILE, location, "type", "must be \"Feature\""));
                continue;
            }
            JsonNode properties = feature.path("properties");
            Geometry boundary = null;
            boolean readable = true;
            JsonNode geometry = feature.path("geometry");
            if (!geometry.isMissingNode() && !geometry.isNull()) {
                try {
                    boundary = reader.read(geometry.toString());
                } catch (ParseException | RuntimeException e) {
                    readable = false;
                    problems.add(new Problem(FILE, location, "geometry", "cannot be read: " + e.getMessage()));
                }
            }
            result.add(new GridFeature(
                    number,
                    text(properties.path("code")),
                    text(properties.path("name")),
                    text(properties.path("level")),
                    boundary,
                    readable));
        }
        return result;
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        // A code written as a JSON number keeps its digits (integral numbers only).
        return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.asText();
    }

    /**
     * The grids as a FeatureCollection, in the order given, one feature per line (readable diffs);
     * coordinates in Java's shortest exact form, so they read back bit for bit.
     */
    static byte[] write(List<Grid> grids) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < grids.size(); i++) {
            Grid grid = grids.get(i);
            ObjectNode feature = JSON.createObjectNode();
            feature.put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            properties.put("code", grid.code().value());
            properties.put("name", grid.name());
            properties.put("level", grid.level().name());
            feature.set("geometry", grid.boundary().map(GeoJsonGrids::geometry).orElse(null));
            try {
                out.append(COMPACT.writeValueAsString(feature));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.append(i + 1 < grids.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode geometry(Geometry boundary) {
        ObjectNode node = JSON.createObjectNode();
        if (boundary instanceof Polygon polygon) {
            node.put("type", "Polygon");
            node.set("coordinates", polygon(polygon));
        } else {
            MultiPolygon multi = (MultiPolygon) boundary;
            node.put("type", "MultiPolygon");
            ArrayNode polygons = node.putArray("coordinates");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(polygon((Polygon) multi.getGeometryN(i)));
            }
        }
        return node;
    }

    private static ArrayNode polygon(Polygon polygon) {
        ArrayNode rings = JSON.createArrayNode();
        rings.add(ring(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static ArrayNode ring(LineString ring) {
        ArrayNode positions = JSON.createArrayNode();
        for (Coordinate c : ring.getCoordinates()) {
            positions.addArray().add(c.getX()).add(c.getY());
        }
        return positions;
    }
}
