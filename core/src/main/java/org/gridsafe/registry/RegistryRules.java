package org.gridsafe.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.entity.SectorCatalog;
import org.gridsafe.entity.SpecialRiskFeatureCatalog;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.SupervisionClassSchemes;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;

/**
 * What registrations are checked against: the district's grids (the point decides the grid), the
 * sector and special-risk-feature catalogs and the supervision class schemes.
 *
 * @param grids the district's grid tree
 * @param locator the locator over {@code grids}
 * @param sectors the sector catalog
 * @param features the special risk feature catalog
 * @param schemes the supervision class schemes
 * @param nineSmallProfile the district's 九小场所 threshold profile: a place of kind NINE_SMALL whose
 *     measures exceed it is refused
 */
public record RegistryRules(
        GridTree grids,
        GridLocator locator,
        SectorCatalog sectors,
        SpecialRiskFeatureCatalog features,
        SupervisionClassSchemes schemes,
        NineSmallProfile nineSmallProfile) {

    /**
     * The profile a district has unless it names one: {@link NineSmallProfiles#WIDELY_USED}, the
     * project's own choice (the set most pages copy; no national set exists).
     */
    public static final String DEFAULT_NINE_SMALL_PROFILE = NineSmallProfiles.WIDELY_USED;

    /** Rules with the default 九小场所 profile. */
    public RegistryRules(
            GridTree grids,
            GridLocator locator,
            SectorCatalog sectors,
            SpecialRiskFeatureCatalog features,
            SupervisionClassSchemes schemes) {
        this(
                grids,
                locator,
                sectors,
                features,
                schemes,
                NineSmallProfiles.standard().require(DEFAULT_NINE_SMALL_PROFILE));
    }

    public RegistryRules {
        Objects.requireNonNull(nineSmallProfile, "nineSmallProfile");
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(schemes, "schemes");
    }

    /** The shipped catalogs and the class scheme presets, over {@code grids}. */
    public static RegistryRules standard(GridTree grids) {
        return new RegistryRules(
                grids,
                GridLocator.of(grids),
                SectorCatalog.standard(),
                SpecialRiskFeatureCatalog.standard(),
                SupervisionClassSchemes.presets());
    }

    /** These rules over other grids (the catalogs stay). */
    public RegistryRules withGrids(GridTree other) {
        return new RegistryRules(other, GridLocator.of(other), sectors, features, schemes, nineSmallProfile);
    }

    /** These rules with another 九小场所 profile. */
    public RegistryRules withNineSmallProfile(NineSmallProfile profile) {
        return new RegistryRules(grids, locator, sectors, features, schemes, profile);
    }

    /** The verdict of the district's profile on {@code profile}, if it is a place of kind NINE_SMALL. */
    public Optional<NineSmallVerdict> nineSmallVerdict(EntityProfile profile) {
        if (profile instanceof Place place
                && place.kind() == PlaceKind.NINE_SMALL
                && place.nineSmallType().isPresent()) {
            return Optional.of(NineSmallClassifier.classify(
                    nineSmallProfile, place.nineSmallType().get(), place.measures()));
        }
        return Optional.empty();
    }

    /**
     * The micro-grid of {@code profile}: the explicitly assigned one if given (it must be a micro-grid
     * of the tree), otherwise the micro-grid its point lies in. Problems are added to {@code rules}.
     */
    GridAssignment assign(EntityProfile profile, FieldRules rules) {
        Optional<Grid> at = locator.locate(profile.address().point());
        Optional<GridCode> located =
                at.filter(g -> g.level() == GridLevel.MICRO).map(Grid::code);
        if (profile.assignedGrid().isPresent()) {
            GridCode code = profile.assignedGrid().get();
            if (grids.find(code).isEmpty()) {
                rules.add("assignedGrid", "grid " + code + " is not a grid of the district");
                return null;
            }
            if (code.level() != GridLevel.MICRO) {
                rules.add(
                        "assignedGrid",
                        "must be a micro-grid (15 digits): an entity belongs to exactly one; " + code + " is a "
                                + code.level().enName() + " grid");
                return null;
            }
            return new GridAssignment(code, located, true);
        }
        if (at.isEmpty()) {
            rules.add(
                    "address.point",
                    "lies outside every grid of the district; check longitude and latitude, or assign a grid"
                            + " (assignedGrid)");
            return null;
        }
        if (located.isEmpty()) {
            rules.add(
                    "address.point",
                    "lies in " + at.get().level().enName() + " grid " + at.get().code()
                            + " but in none of its micro-grids; assign a micro-grid (assignedGrid)");
            return null;
        }
        return GridAssignment.byPoint(located.get());
    }

    /** Checks the catalog ids a profile names. */
    void checkCatalogs(EntityProfile profile, FieldRules rules) {
        for (String sector : profile.sectors()) {
            if (sectors.find(sector).isEmpty()) {
                rules.add("sectors", "unknown sector " + sector + "; the sector catalog has no such id");
            }
        }
        if (profile instanceof ProductionUnit unit) {
            for (String feature : unit.specialRiskFeatures()) {
                if (features.find(feature).isEmpty()) {
                    rules.add(
                            "specialRiskFeatures",
                            "unknown special risk feature " + feature + "; the feature catalog has no such id");
                }
            }
        }
        profile.supervisionClass().ifPresent(c -> checkClass(c, rules));
        List<org.gridsafe.entity.Licence> licences = profile.licences();
        for (int i = 0; i < licences.size(); i++) {
            for (var problem : licences.get(i).requirementProblems()) {
                rules.add("licences[" + i + "]." + problem.field(), problem.message());
            }
        }
        nineSmallVerdict(profile).ifPresent(v -> {
            // Missing measures are accepted (the view says "not decidable"); a size above the profile is not.
            if (v.outcome() == NineSmallOutcome.OUTSIDE) {
                v.findings().forEach(f -> rules.add(f.measure().profileField(), f.message()));
            } else if (v.outcome() == NineSmallOutcome.NOT_COVERED) {
                rules.add("nineSmallType", v.message() + "; this place is not a 九小场所 of that type under it");
            }
        });
    }

    private void checkClass(SupervisionClass c, FieldRules rules) {
        var scheme = schemes.find(c.schemeId());
        if (scheme.isEmpty()) {
            rules.add("supervisionClass", "unknown scheme " + c.schemeId());
        } else if (!scheme.get().codes().contains(c.code())) {
            rules.add(
                    "supervisionClass",
                    "scheme " + c.schemeId() + " has no class " + c.code() + "; its classes are "
                            + scheme.get().codes());
        }
    }
}
