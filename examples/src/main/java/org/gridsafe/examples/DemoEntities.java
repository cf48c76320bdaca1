package org.gridsafe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.districtdata.DistrictFiles;
import org.gridsafe.districtdata.EntityData;
import org.gridsafe.districtdata.ImportReport;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.EntityQuery;

/**
 * The demo district's production units and places: {@code demo-production-units.csv} and {@code
 * demo-places.csv} (resources of this package) in the layout of the entity import
 * ({@code docs/district-data.md}, "Supervised entities"), loaded through {@link EntityData}. One
 * demo convenience is not part of that layout: a date written {@code today+N} or {@code today-N} is
 * N days after or before the day of loading, so the demo always has licences about to expire and
 * one expired.
 */
public final class DemoEntities {

    static final String UNITS = "demo-production-units.csv";
    static final String PLACES = "demo-places.csv";

    /**
     * The demo district's 九小场所 threshold profile: WIDELY_USED (the set most pages copy), the
     * project's own choice; its 九小场所 rows carry measures within it.
     */
    public static final org.gridsafe.registry.NineSmallProfile NINE_SMALL_PROFILE =
            org.gridsafe.registry.NineSmallProfiles.standard()
                    .require(org.gridsafe.registry.NineSmallProfiles.WIDELY_USED);

    private static final Pattern RELATIVE_DAY = Pattern.compile("today([+-][0-9]+)");

    /**
     * One row: what it registers and the regulator's level.
     *
     * @param id the entity id
     * @param profile the registered profile
     * @param level the regulator's risk level
     */
    record Row(EntityId id, EntityProfile profile, RiskLevel level) {}

    private DemoEntities() {}

    /** The demo files as the import reads them, relative days resolved against {@code today}. */
    static DistrictFiles files(LocalDate today) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("production-units.csv", resolved(UNITS, today));
        files.put("places.csv", resolved(PLACES, today));
        return DistrictFiles.of(files);
    }

    /** Every row of both files, units first, resolving relative expiries against {@code today}. */
    static List<Row> rows(LocalDate today) {
        EntityData.Reading reading = EntityData.withDefaults().read(files(today));
        if (!reading.problems().isEmpty()) {
            throw new IllegalStateException("the demo entity files have problems: " + reading.problems());
        }
        return reading.rows().stream()
                .map(r -> new Row(r.id(), r.profile(), r.riskLevel().orElseThrow()))
                .toList();
    }

    /**
     * Imports both files when the registry is still empty, each row's risk level recorded as the
     * regulator's assessment of {@code today}; returns how many entities were registered (0 on a
     * later start).
     */
    public static int load(SupervisedEntities entities, Actor districtCenter, LocalDate today) {
        if (!entities.search(districtCenter, EntityQuery.all().limit(1)).isEmpty()) {
            return 0;
        }
        ImportReport report =
                EntityData.withDefaults().importInto(files(today), entities, districtCenter, today, false);
        if (!report.valid()) {
            throw new IllegalStateException("the demo entity files have problems:\n" + report.text());
        }
        return report.changes().size();
    }

    /** An ISO date, or {@code today+N} / {@code today-N} days. */
    static LocalDate day(String text, LocalDate today) {
        Matcher m = RELATIVE_DAY.matcher(text);
        if (m.matches()) {
            return today.plusDays(Long.parseLong(m.group(1).replace("+", "")));
        }
        return LocalDate.parse(text);
    }

    private static byte[] resolved(String file, LocalDate today) {
        try (InputStream in = DemoEntities.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing demo data file " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = RELATIVE_DAY.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, day(m.group(), today).toString());
            }
            m.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
