package org.gridsafe.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.testkit.EntitySamples;

/** JSON bodies of the entity API for the HTTP tests: a unit and a place in the sample district. */
final class EntityBodiesForTests {

    private EntityBodiesForTests() {}

    /** A map of alternating keys and values, in order (values may be null: the key is left out). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    static Map<String, Object> point(double lon, double lat) {
        return map("lon", lon, "lat", lat);
    }

    /** A textile unit at {@code lon, lat} with credit code number {@code serial}, supervised by emergency management. */
    static Map<String, Object> unit(String name, int serial, double lon, double lat) {
        return map(
                "kind", "PRODUCTION_UNIT",
                "name", name,
                "creditCode", EntitySamples.code(serial).value(),
                "address", map("text", "金桥路" + serial + "号", "point", point(lon, lat)),
                "industry", "C17",
                "sectors", List.of("GONGMAO_TEXTILE"),
                "scale", "SMALL_MEDIUM",
                "employees", 120,
                "specialRiskFeatures", List.of("COMBUSTIBLE_DUST"),
                "keyUnitLevels", List.of("TOWN"),
                "people",
                        List.of(map(
                                "role", "SAFETY_MANAGER",
                                "name", "周安全",
                                "certificateNumber", "AQ-2024-0001",
                                "nextReview", "2027-03-01")),
                "links", map("industryDepartment", "emergency", "comprehensiveDepartment", "emergency"),
                "licences",
                        List.of(licence("STANDARDISATION_CERTIFICATE", "BZH-" + serial, "2024-05-01", "2026-06-30")),
                "supervisionClass", map("scheme", "DISTRICT_FOUR_GRADES", "code", "GRADE_1"));
    }

    /** A small shop at {@code lon, lat}, operated by {@code operator}, supervised by the fire brigade. */
    static Map<String, Object> shop(String name, double lon, double lat, String operator) {
        return map(
                "kind",
                "PLACE",
                "name",
                name,
                "address",
                map("text", "银桥街8号", "point", point(lon, lat)),
                "sectors",
                List.of("FIRE_SAFETY"),
                "placeKind",
                "NINE_SMALL",
                "nineSmallType",
                "SMALL_SHOP",
                "threeInOne",
                false,
                "floorArea",
                80,
                "operator",
                operator,
                "links",
                map("industryDepartment", "fire-brigade"),
                "licences",
                List.of(licence("SAFETY_PRODUCTION", "XK-" + name.hashCode(), "2023-04-16", "2026-04-15")));
    }

    static Map<String, Object> licence(String type, String number, String issued, String expires) {
        return map("type", type, "number", number, "issuer", "示范区应急管理局", "issued", issued, "expires", expires);
    }

    static Map<String, Object> registration(String id, Map<String, Object> profile) {
        return map("id", id, "reason", "首次登记", "profile", profile);
    }

    /** {@code base} with {@code key} set to {@code value} (null: removed). */
    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return m;
    }

    static Map<String, Object> assessment(String level) {
        return map(
                "reason", "年度评定", "method", "LS", "level", level, "assessedOn", "2026-03-30", "assessedBy", "区应急管理局");
    }
}
