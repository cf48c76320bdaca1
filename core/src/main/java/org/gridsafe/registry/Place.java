package org.gridsafe.registry;

import java.util.List;
import java.util.Optional;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GridCode;

/**
 * Premises supervised as such rather than as an enterprise: 九小场所, rental housing, crowded and public
 * gathering places, mixed-use premises, construction sites, key facilities. A place may be operated
 * by a registered production unit (often an 个体工商户, credit code 92…).
 *
 * @param name the place's name
 * @param kind what kind of premises it is
 * @param nineSmallType which of the nine, exactly for {@link PlaceKind#NINE_SMALL}
 * @param threeInOne whether living space shares the space of production, storage or trade without fire
 *     separation (三合一场所)
 * @param creditCode the operator's credit code, if it has one
 * @param address address and point
 * @param assignedGrid a micro-grid assigned by hand, which wins over the point
 * @param floorArea building area in square metres, if known
 * @param operator the production unit that operates it
 * @param sectors supervision sector ids (may be empty)
 * @param links industry and comprehensive supervisors
 * @param licences its licences (a fireworks retail point's, for example)
 * @param supervisionClass its class under a scheme
 * @param measures its size and setting, for the 九小场所 thresholds; the floor area is {@code floorArea}
 *     (given in either place, they must agree)
 */
public record Place(
        String name,
        PlaceKind kind,
        Optional<NineSmallType> nineSmallType,
        boolean threeInOne,
        Optional<UnifiedSocialCreditCode> creditCode,
        Address address,
        Optional<GridCode> assignedGrid,
        Optional<Integer> floorArea,
        Optional<EntityId> operator,
        List<String> sectors,
        SupervisionLinks links,
        List<Licence> licences,
        Optional<SupervisionClass> supervisionClass,
        PlaceMeasures measures)
        implements EntityProfile {

    /** A place whose measures are not known beyond its floor area. */
    public Place(
            String name,
            PlaceKind kind,
            Optional<NineSmallType> nineSmallType,
            boolean threeInOne,
            Optional<UnifiedSocialCreditCode> creditCode,
            Address address,
            Optional<GridCode> assignedGrid,
            Optional<Integer> floorArea,
            Optional<EntityId> operator,
            List<String> sectors,
            SupervisionLinks links,
            List<Licence> licences,
            Optional<SupervisionClass> supervisionClass) {
        this(
                name,
                kind,
                nineSmallType,
                threeInOne,
                creditCode,
                address,
                assignedGrid,
                floorArea,
                operator,
                sectors,
                links,
                licences,
                supervisionClass,
                PlaceMeasures.none());
    }

    public Place {
        FieldRules rules = new FieldRules("");
        rules.text(name, "name", FieldRules.MAX_NAME);
        rules.notNull(kind, "kind");
        if (rules.notNull(nineSmallType, "nineSmallType") && kind != null) {
            if (kind == PlaceKind.NINE_SMALL && nineSmallType.isEmpty()) {
                rules.add("nineSmallType", "is required for a 九小场所: which of the nine it is");
            }
            if (kind != PlaceKind.NINE_SMALL && nineSmallType.isPresent()) {
                rules.add("nineSmallType", "is only for kind NINE_SMALL; this place is " + kind);
            }
        }
        rules.notNull(creditCode, "creditCode");
        rules.notNull(address, "address");
        rules.notNull(assignedGrid, "assignedGrid");
        if (rules.notNull(floorArea, "floorArea")) {
            floorArea.ifPresent(a -> {
                if (a <= 0 || a > 10_000_000) {
                    rules.add("floorArea", "must be between 1 and 10000000 square metres; got " + a);
                }
            });
        }
        rules.notNull(operator, "operator");
        if (rules.notNull(sectors, "sectors")) {
            ProductionUnit.checkIds(rules, sectors, "sectors");
        }
        rules.notNull(links, "links");
        if (rules.notNull(licences, "licences")) {
            licences.forEach(l -> rules.notNull(l, "licences"));
        }
        rules.notNull(supervisionClass, "supervisionClass");
        if (rules.notNull(measures, "measures") && floorArea != null) {
            // One floor area: the measures carry the profile's, and a caller may give it in either place.
            if (floorArea.isPresent() && measures.floorArea().isPresent() && !floorArea.equals(measures.floorArea())) {
                rules.add(
                        "measures.floorArea",
                        "is " + measures.floorArea().get() + " m² but floorArea is " + floorArea.get()
                                + " m²; give one floor area");
            } else if (floorArea.isPresent() && floorArea.get() > 0 && floorArea.get() <= PlaceMeasures.MAX_COUNT) {
                measures = measures.with(PlaceMeasure.FLOOR_AREA, floorArea.get());
            } else if (floorArea.isEmpty()) {
                floorArea = measures.floorArea();
            }
        }
        rules.throwIfAny();
        sectors = List.copyOf(sectors);
        licences = List.copyOf(licences);
    }

    /** This place with other measures (the floor area follows them). */
    public Place withMeasures(PlaceMeasures value) {
        return new Place(
                name,
                kind,
                nineSmallType,
                threeInOne,
                creditCode,
                address,
                assignedGrid,
                value.floorArea(),
                operator,
                sectors,
                links,
                licences,
                supervisionClass,
                value);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.PLACE;
    }
}
