package org.gridsafe.registry;

import org.gridsafe.grid.GeoPoint;

/**
 * Where an entity's premises are: the address as written and the point that decides its grid.
 *
 * @param text the address (注册地址 or 经营场所)
 * @param point longitude and latitude of the premises
 */
public record Address(String text, GeoPoint point) {

    public Address {
        FieldRules rules = new FieldRules("");
        rules.text(text, "text", FieldRules.MAX_NAME);
        rules.notNull(point, "point");
        rules.throwIfAny();
    }
}
