package org.gridsafe.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.MajorHazardInstallationGrade;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.Address;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.KeyUnitLevel;
import org.gridsafe.registry.NineSmallType;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceKind;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.RiskAssessment;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.registry.SupervisionLinks;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.gridsafe.registry.UnitScale;

/**
 * The demo district's production units and places, read from {@code demo-production-units.csv} and
 * {@code demo-places.csv} (resources of this package; their headers describe the columns). A licence
 * expiry written {@code today+N} is resolved against the day of loading, so the demo always has licences
 * about to expire and one expired. Each entity is registered by the district command center and then
 * given the regulator's risk assessment of its row.
 */
public final class DemoEntities {

    static final String UNITS = "demo-production-units.csv";
    static final String PLACES = "demo-places.csv";
    private static final String SCHEME = "DISTRICT_FOUR_GRADES";
    private static final String ISSUED_BY = "示范区应急管理局";

    /**
     * One row: what it registers and the regulator's level.
     *
     * @param id the entity id
     * @param profile the registered profile
     * @param level the regulator's risk level
     */
    record Row(EntityId id, EntityProfile profile, RiskLevel level) {}

    private DemoEntities() {}

    /** Every row of both files, units first, resolving relative expiries against {@code today}. */
    static List<Row> rows(LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (String[] f : read(UNITS, 22)) {
            try {
                rows.add(new Row(EntityId.of(f[0]), unit(f, today), RiskLevel.valueOf(f[19])));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(UNITS + ", row " + f[0] + ": " + e.getMessage(), e);
            }
        }
        for (String[] f : read(PLACES, 14)) {
            try {
                rows.add(new Row(EntityId.of(f[0]), place(f, today), RiskLevel.valueOf(f[12])));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PLACES + ", row " + f[0] + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /**
     * Registers every row that is not yet registered, with its regulator's assessment dated
     * {@code today}; returns how many were registered (0 on a later start).
     */
    public static int load(SupervisedEntities entities, Actor districtCenter, LocalDate today) {
        if (!entities.search(districtCenter, EntityQuery.all().limit(1)).isEmpty()) {
            return 0;
        }
        int registered = 0;
        for (Row row : rows(today)) {
            SupervisedEntity e =
                    entities.execute(districtCenter, new EntityCommand.Register(row.id(), row.profile(), "示范数据首次登记"));
            entities.execute(
                    districtCenter,
                    new EntityCommand.AssessRisk(
                            e.id(),
                            e.version(),
                            new RiskAssessment(
                                    AssessorKind.REGULATOR, "LS", row.level(), today, ISSUED_BY, Optional.of("示范数据")),
                            "年度风险评定"));
            registered++;
        }
        return registered;
    }

    private static ProductionUnit unit(String[] f, LocalDate today) {
        List<UnitPerson> people = new ArrayList<>();
        people.add(
                new UnitPerson(UnitPersonRole.PRINCIPAL, f[13], Optional.empty(), Optional.empty(), Optional.empty()));
        if (!f[14].isEmpty()) {
            people.add(new UnitPerson(
                    UnitPersonRole.SAFETY_MANAGER,
                    f[14],
                    Optional.empty(),
                    Optional.of(f[15]),
                    Optional.of(LocalDate.parse(f[16]))));
        }
        Set<KeyUnitLevel> keys = EnumSet.noneOf(KeyUnitLevel.class);
        list(f[12]).forEach(k -> keys.add(KeyUnitLevel.valueOf(k)));
        return new ProductionUnit(
                f[1],
                f[2].isEmpty() ? Optional.empty() : Optional.of(UnifiedSocialCreditCode.parse(f[2])),
                f[2].isEmpty(),
                new Address(f[3], GeoPoint.of(Double.parseDouble(f[4]), Double.parseDouble(f[5]))),
                Optional.empty(),
                Optional.of(IndustryCode.parse(f[6])),
                list(f[7]),
                UnitScale.valueOf(f[8]),
                Integer.parseInt(f[9]),
                list(f[10]),
                MajorHazardInstallationGrade.valueOf(f[11]),
                keys,
                people,
                new SupervisionLinks(
                        Optional.empty(), Optional.of(DepartmentId.of(f[17])), Optional.of(DepartmentId.of(f[18]))),
                licences(f[21], today),
                Optional.of(new SupervisionClass(SCHEME, f[20])));
    }

    private static Place place(String[] f, LocalDate today) {
        return new Place(
                f[1],
                PlaceKind.valueOf(f[2]),
                f[3].isEmpty() ? Optional.empty() : Optional.of(NineSmallType.valueOf(f[3])),
                Boolean.parseBoolean(f[4]),
                Optional.empty(),
                new Address(f[5], GeoPoint.of(Double.parseDouble(f[6]), Double.parseDouble(f[7]))),
                Optional.empty(),
                Optional.of(Integer.parseInt(f[8])),
                f[9].isEmpty() ? Optional.empty() : Optional.of(EntityId.of(f[9])),
                list(f[10]),
                new SupervisionLinks(
                        Optional.empty(),
                        Optional.of(DepartmentId.of(f[11])),
                        Optional.of(DepartmentId.of("emergency"))),
                licences(f[13], today),
                Optional.empty());
    }

    private static List<Licence> licences(String cell, LocalDate today) {
        List<Licence> licences = new ArrayList<>();
        for (String spec : list(cell)) {
            String[] p = spec.split("\\|", -1);
            licences.add(new Licence(
                    LicenceTypeCatalog.standard().require(p[0]),
                    p[1],
                    p[2],
                    Optional.empty(),
                    LocalDate.parse(p[3]),
                    Optional.of(day(p[4], today))));
        }
        return licences;
    }

    /** An ISO date, or {@code today+N} / {@code today-N} days. */
    static LocalDate day(String text, LocalDate today) {
        if (text.startsWith("today")) {
            return today.plusDays(
                    Long.parseLong(text.substring("today".length()).replace("+", "")));
        }
        return LocalDate.parse(text);
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(";"));
    }

    private static List<String[]> read(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemoEntities.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing demo data file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(
                            file + " line " + number + ": " + fields.length + " columns, expected " + columns);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
