package org.gridsafe.districtdata;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a grids file as read, before validation.
 *
 * @param number the feature's position in the collection, from 1
 * @param code the {@code code} property as text, or null when absent
 * @param name the {@code name} property, or null when absent
 * @param level the {@code level} property, or null when absent
 * @param boundary the geometry, or null when the feature has none (or it could not be read)
 * @param geometryReadable false when the geometry was present but could not be read (already reported)
 */
record GridFeature(int number, String code, String name, String level, Geometry boundary, boolean geometryReadable) {

    String location() {
        return "feature " + number;
    }
}
