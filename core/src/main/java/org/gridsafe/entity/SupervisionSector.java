package org.gridsafe.entity;

/**
 * A supervision sector (监管行业领域): a grouping regulators use to assign a production unit to its
 * industry department — coal mines, hazardous chemicals, the eight 工贸 industries, construction,
 * gas, and so on. Sectors are catalog data ({@link SectorCatalog}), never an enum: groupings differ
 * by law, by campaign and by place.
 *
 * @param id a stable key, e.g. {@code HAZARDOUS_CHEMICALS}
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 * @param departmentKind the kind of department that usually regulates it, e.g.
 *     {@code EMERGENCY_MANAGEMENT} (the project's own assignment; hosts map kinds to departments)
 * @param provenance where the grouping comes from
 */
public record SupervisionSector(String id, String zhName, String enName, String departmentKind, Provenance provenance) {

    /** Checks every field. */
    public SupervisionSector {
        Checks.requireId(id, "id");
        Checks.requireName(zhName, "zhName");
        Checks.requireName(enName, "enName");
        Checks.requireId(departmentKind, "departmentKind");
        Checks.requireNonNull(provenance, "provenance");
    }

    @Override
    public String toString() {
        return id + " " + zhName;
    }
}
