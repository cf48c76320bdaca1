package org.gridsafe.registry;

/**
 * One measure of a {@link Place} that a {@link NineSmallProfile} may set a threshold on: a count
 * (floor area, beds, seats, staff, pupils, storey) or a yes/no fact (boarding, kindergarten, inside
 * a mixed-use premises or commercial complex).
 */
public enum PlaceMeasure {
    FLOOR_AREA("floorArea", "建筑面积", "floor area", " m²", true),
    BEDS("beds", "床位数", "beds", " beds", true),
    SEATS("seats", "额定就餐人数", "rated dining seats", " seats", true),
    STAFF("staff", "职工人数", "staff", " staff", true),
    PUPILS("pupils", "在校学生或在园幼儿人数", "pupils or children", " pupils", true),
    STOREY("storey", "所在楼层（最高层）", "highest storey", "", true),
    BOARDING("boarding", "寄宿制", "boarding", "", false),
    KINDERGARTEN("kindergarten", "托幼机构", "kindergarten or nursery", "", false),
    INSIDE_COMPLEX(
            "insideComplex", "位于多业态混合生产经营场所或商业综合体内", "inside a mixed-use premises or commercial complex", "", false);

    private final String field;
    private final String zhName;
    private final String enName;
    private final String unit;
    private final boolean numeric;

    PlaceMeasure(String field, String zhName, String enName, String unit, boolean numeric) {
        this.field = field;
        this.zhName = zhName;
        this.enName = enName;
        this.unit = unit;
        this.numeric = numeric;
    }

    /** The field name in a place's {@code measures} (JSON, data files, errors), e.g. {@code floorArea}. */
    public String field() {
        return field;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /**
     * The field of a {@link Place} profile that holds it, as errors name it: {@code floorArea} (the
     * place's own floor area) or {@code measures.beds} and so on.
     */
    public String profileField() {
        return this == FLOOR_AREA ? field : "measures." + field;
    }

    /** Whether it is a count (else a yes/no fact). */
    public boolean numeric() {
        return numeric;
    }

    /** A value with its unit, e.g. {@code 350 m²}. */
    public String format(int value) {
        return value + unit;
    }

    /** The measure whose field name is {@code field}. */
    public static PlaceMeasure ofField(String field) {
        for (PlaceMeasure m : values()) {
            if (m.field.equals(field)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown place measure '" + field + "'; the measures are "
                + java.util.Arrays.stream(values()).map(PlaceMeasure::field).toList());
    }
}
