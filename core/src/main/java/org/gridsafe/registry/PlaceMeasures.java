package org.gridsafe.registry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of a place's size and setting; every part is optional. A {@link NineSmallProfile}
 * decides from them whether the place is small enough to be a 九小场所.
 *
 * @param floorArea building area in square metres (1 or more)
 * @param beds beds (of a hotel, clinic, boarding school, or a workshop's staff dormitory)
 * @param seats rated dining seats (额定就餐人数)
 * @param staff staff (职工)
 * @param pupils pupils or children enrolled
 * @param storey the highest storey the premises occupy above ground (1 = ground floor)
 * @param boarding whether a school or kindergarten boards its pupils
 * @param kindergarten whether a school is a kindergarten or nursery (托幼机构)
 * @param insideComplex whether the place lies inside a mixed-use premises or a commercial complex
 */
public record PlaceMeasures(
        Optional<Integer> floorArea,
        Optional<Integer> beds,
        Optional<Integer> seats,
        Optional<Integer> staff,
        Optional<Integer> pupils,
        Optional<Integer> storey,
        Optional<Boolean> boarding,
        Optional<Boolean> kindergarten,
        Optional<Boolean> insideComplex) {

    /** The largest count accepted for any measure: a sanity bound, the project's own choice. */
    public static final int MAX_COUNT = 10_000_000;

    /** The highest storey accepted (the tallest buildings have about 160). */
    public static final int MAX_STOREY = 300;

    private static final PlaceMeasures NONE = new PlaceMeasures(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    public PlaceMeasures {
        FieldRules rules = new FieldRules("measures.");
        count(rules, floorArea, "floorArea", 1, MAX_COUNT);
        count(rules, beds, "beds", 0, MAX_COUNT);
        count(rules, seats, "seats", 0, MAX_COUNT);
        count(rules, staff, "staff", 0, MAX_COUNT);
        count(rules, pupils, "pupils", 0, MAX_COUNT);
        count(rules, storey, "storey", 1, MAX_STOREY);
        rules.notNull(boarding, "boarding");
        rules.notNull(kindergarten, "kindergarten");
        rules.notNull(insideComplex, "insideComplex");
        rules.throwIfAny();
    }

    private static void count(FieldRules rules, Optional<Integer> value, String field, int min, int max) {
        if (rules.notNull(value, field)) {
            value.ifPresent(v -> {
                if (v < min || v > max) {
                    rules.add(field, "must be between " + min + " and " + max + "; got " + v);
                }
            });
        }
    }

    /** Nothing known. */
    public static PlaceMeasures none() {
        return NONE;
    }

    /** The measures given, as a map (for building in code and in tests). */
    public static PlaceMeasures of(Map<PlaceMeasure, ?> values) {
        PlaceMeasures m = NONE;
        for (Map.Entry<PlaceMeasure, ?> e : values.entrySet()) {
            m = m.with(e.getKey(), e.getValue());
        }
        return m;
    }

    /** Whether nothing is known. */
    public boolean nothingKnown() {
        return equals(NONE);
    }

    /** A count measure's value. */
    public Optional<Integer> count(PlaceMeasure measure) {
        return switch (measure) {
            case FLOOR_AREA -> floorArea;
            case BEDS -> beds;
            case SEATS -> seats;
            case STAFF -> staff;
            case PUPILS -> pupils;
            case STOREY -> storey;
            default -> throw new IllegalArgumentException(measure + " is a yes/no measure");
        };
    }

    /** A yes/no measure's value. */
    public Optional<Boolean> flag(PlaceMeasure measure) {
        return switch (measure) {
            case BOARDING -> boarding;
            case KINDERGARTEN -> kindergarten;
            case INSIDE_COMPLEX -> insideComplex;
            default -> throw new IllegalArgumentException(measure + " is a count");
        };
    }

    /** Whether {@code measure} is known. */
    public boolean has(PlaceMeasure measure) {
        return measure.numeric() ? count(measure).isPresent() : flag(measure).isPresent();
    }

    /** These measures with one part set ({@code null} clears it): an Integer for a count, a Boolean for a flag. */
    public PlaceMeasures with(PlaceMeasure measure, Object value) {
        Map<PlaceMeasure, Optional<?>> parts = new EnumMap<>(PlaceMeasure.class);
        for (PlaceMeasure m : PlaceMeasure.values()) {
            parts.put(m, m.numeric() ? count(m) : flag(m));
        }
        if (value != null && !(measure.numeric() ? value instanceof Integer : value instanceof Boolean)) {
            throw new IllegalArgumentException(
                    measure.field() + " takes " + (measure.numeric() ? "a count" : "yes or no"));
        }
        parts.put(measure, Optional.ofNullable(value));
        return new PlaceMeasures(
                ints(parts.get(PlaceMeasure.FLOOR_AREA)),
                ints(parts.get(PlaceMeasure.BEDS)),
                ints(parts.get(PlaceMeasure.SEATS)),
                ints(parts.get(PlaceMeasure.STAFF)),
                ints(parts.get(PlaceMeasure.PUPILS)),
                ints(parts.get(PlaceMeasure.STOREY)),
                flags(parts.get(PlaceMeasure.BOARDING)),
                flags(parts.get(PlaceMeasure.KINDERGARTEN)),
                flags(parts.get(PlaceMeasure.INSIDE_COMPLEX)));
    }

    private static Optional<Integer> ints(Optional<?> value) {
        return value.map(Integer.class::cast);
    }

    private static Optional<Boolean> flags(Optional<?> value) {
        return value.map(Boolean.class::cast);
    }
}
