package org.gridsafe.districtdata;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.WritableGridDirectory;

/**
 * Import and export of a district's data files ({@code docs/district-data.md}).
 *
 * <pre>{@code
 * DistrictData data = DistrictData.withDefaults();
 * ImportReport report = data.importInto(DistrictFiles.fromDirectory(folder), storage.directory(), dryRun);
 * System.out.print(report.text());
 * data.export(storage.directory(), TableFormat.XLSX).writeTo(outFolder);
 * }</pre>
 */
public final class DistrictData {

    private final ValidationRules rules;
    private final Charset csvCharset;

    private DistrictData(ValidationRules rules, Charset csvCharset) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.csvCharset = Objects.requireNonNull(csvCharset, "csvCharset");
    }

    /** The default rules, CSV in UTF-8. */
    public static DistrictData withDefaults() {
        return new DistrictData(ValidationRules.defaults(), StandardCharsets.UTF_8);
    }

    /** The same, with other validation rules. */
    public DistrictData rules(ValidationRules rules) {
        return new DistrictData(rules, csvCharset);
    }

    /** The same, reading CSV files in another charset (such as GBK, which older Excel versions write). */
    public DistrictData csvCharset(Charset charset) {
        return new DistrictData(rules, charset);
    }

    /** The result of reading and validating the files. */
    public record Validation(List<String> read, List<Problem> problems, Optional<District> district) {}

    /** Reads and validates the files as a whole, collecting every problem. */
    public Validation validate(DistrictFiles files) {
        return validate(files, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} what was read as soon as each file is read. */
    public Validation validate(DistrictFiles files, ImportProgress progress) {
        List<Problem> problems = new ArrayList<>();
        List<String> read = new ArrayList<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean add(String line) {
                progress.read(line);
                return super.add(line);
            }
        };
        List<GridFeature> features = List.of();
        Optional<byte[]> grids = files.file(GeoJsonGrids.FILE);
        if (grids.isEmpty()) {
            problems.add(new Problem(GeoJsonGrids.FILE, "file", "", "is missing: every district has its grids"));
        } else {
            features = GeoJsonGrids.read(grids.get(), problems);
            read.add(GeoJsonGrids.FILE + ": " + features.size() + " features");
        }
        DistrictValidator.Named staff = table(files, Table.STAFF, false, problems, read);
        DistrictValidator.Named chains = table(files, Table.RESPONSIBILITY, true, problems, read);
        DistrictValidator.Named departments = table(files, Table.DEPARTMENTS, false, problems, read);
        DistrictValidator.Named dutyRules = table(files, Table.DUTY_RULES, false, problems, read);
        boolean hasDepartments = present(files, Table.DEPARTMENTS);
        boolean hasRules = present(files, Table.DUTY_RULES);
        if (hasDepartments != hasRules) {
            Table missing = hasDepartments ? Table.DUTY_RULES : Table.DEPARTMENTS;
            problems.add(new Problem(
                    missing.baseName() + ".csv",
                    "file",
                    "",
                    "is missing: departments and duty rules"
                            + " are imported together (leave both out to keep the current ones)"));
        }
        DistrictValidator.Input input = new DistrictValidator.Input(
                features, staff, chains, hasDepartments && hasRules ? departments : null, dutyRules);
        Optional<org.gridsafe.duty.TimeLimits> limits = Optional.empty();
        if (present(files, Table.TIME_LIMITS)) {
            limits = TimeLimitsTable.read(table(files, Table.TIME_LIMITS, true, problems, read), problems);
        }
        Optional<org.gridsafe.duty.WorkCalendar> calendar = Optional.empty();
        Optional<byte[]> calendarFile = files.file(CalendarFile.FILE);
        boolean calendarTable = present(files, Table.CALENDAR);
        if (calendarFile.isPresent() && calendarTable) {
            problems.add(new Problem(
                    CalendarFile.FILE,
                    "file",
                    "",
                    "is given beside the calendar table (calendar.csv or .xlsx); give the calendar once"));
        } else if (calendarFile.isPresent()) {
            calendar = CalendarFile.read(calendarFile.get(), problems);
            read.add(CalendarFile.FILE + ": " + calendarCounts(calendar));
        } else if (calendarTable) {
            int before = read.size();
            calendar = CalendarTable.read(table(files, Table.CALENDAR, true, problems, read), problems);
            if (read.size() > before) {
                read.set(read.size() - 1, read.get(read.size() - 1) + ": " + calendarCounts(calendar));
            }
        }
        Optional<org.gridsafe.duty.TimeLimits> readLimits = limits;
        Optional<org.gridsafe.duty.WorkCalendar> readCalendar = calendar;
        Optional<District> district = new DistrictValidator(rules, problems)
                .validate(input)
                .map(d -> new District(d.grids(), d.duty(), readLimits, readCalendar));
        return new Validation(read, problems, problems.isEmpty() ? district : Optional.empty());
    }

    private static String calendarCounts(Optional<org.gridsafe.duty.WorkCalendar> calendar) {
        return calendar.map(c -> c.holidays().size() + " holidays, "
                        + c.swappedWorkdays().size() + " swapped working days, covers "
                        + c.firstCoveredYear()
                                .map(first -> first.equals(c.lastCoveredYear().orElseThrow())
                                        ? first.toString()
                                        : first + ".." + c.lastCoveredYear().orElseThrow())
                                .orElse("no years"))
                .orElse("refused");
    }

    private static boolean present(DistrictFiles files, Table table) {
        return files.file(table.baseName() + ".csv").isPresent()
                || files.file(table.baseName() + ".xlsx").isPresent();
    }

    private DistrictValidator.Named table(
            DistrictFiles files, Table table, boolean required, List<Problem> problems, List<String> read) {
        Map<String, TableFormat> found = new LinkedHashMap<>();
        for (TableFormat format : TableFormat.values()) {
            String name = table.baseName() + "." + format.extension();
            if (files.file(name).isPresent()) {
                found.put(name, format);
            }
        }
        String csv = table.baseName() + ".csv";
        if (found.isEmpty()) {
            if (required) {
                problems.add(new Problem(
                        csv,
                        "file",
                        "",
                        "is missing (as " + csv + " or " + table.baseName() + ".xlsx): columns "
                                + table.describeColumns()));
            }
            return new DistrictValidator.Named(csv, List.of());
        }
        if (found.size() > 1) {
            problems.add(new Problem(csv, "file", "", "is given both as .csv and as .xlsx; give one of them"));
        }
        Map.Entry<String, TableFormat> file = found.entrySet().iterator().next();
        List<TableRow> rows = file.getValue()
                .read(table, file.getKey(), files.file(file.getKey()).orElseThrow(), csvCharset, problems);
        read.add(file.getKey() + ": " + rows.size() + " rows");
        return new DistrictValidator.Named(file.getKey(), rows);
    }

    /**
     * Validates the files and, unless this is a dry run or there is a problem, replaces the
     * directory's grids (and departments and duty rules, time limits and the calendar, each when the
     * files include them) in one all-or-nothing step; what the files leave out stays as it is.
     *
     * @param files the district's files
     * @param directory the directory to replace; it must hold data already (its time limits and
     *     calendar are kept unless the files bring their own)
     * @param dryRun true to report the problems and changes without changing anything
     * @return the report
     */
    public ImportReport importInto(DistrictFiles files, WritableGridDirectory directory, boolean dryRun) {
        return importInto(files, directory, dryRun, Optional.empty());
    }

    /**
     * The same, recording who imports, why and from which day the data holds.
     *
     * @param files the district's files
     * @param directory the directory to replace; it must hold data already
     * @param dryRun true to report the problems and changes without changing anything
     * @param change who, why and from when
     * @return the report
     */
    public ImportReport importInto(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            org.gridsafe.port.DirectoryChange change) {
        return importInto(files, directory, dryRun, Optional.of(change));
    }

    /**
     * The same, telling {@code progress} what was read as each file is read and when the changes
     * start to be applied (an import over HTTP shows it while it runs).
     *
     * @param files the district's files
     * @param directory the directory to replace; it must hold data already
     * @param dryRun true to report the problems and changes without changing anything
     * @param change who, why and from when
     * @param progress told of each file read and of the start of the write
     * @return the report
     */
    public ImportReport importInto(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            org.gridsafe.port.DirectoryChange change,
            ImportProgress progress) {
        return importInto(files, directory, dryRun, Optional.of(change), progress);
    }

    private ImportReport importInto(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            Optional<org.gridsafe.port.DirectoryChange> change) {
        return importInto(files, directory, dryRun, change, ImportProgress.NONE);
    }

    private ImportReport importInto(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            Optional<org.gridsafe.port.DirectoryChange> change,
            ImportProgress progress) {
        Validation validation = validate(files, progress);
        if (validation.district().isEmpty()) {
            return new ImportReport(validation.read(), validation.problems(), List.of(), false);
        }
        District next = validation.district().get();
        List<String> changes = DistrictChanges.between(District.of(directory), next);
        if (dryRun || changes.isEmpty()) {
            return new ImportReport(validation.read(), List.of(), changes, false);
        }
        DutyMatrix duty = next.duty().map(District.Duty::matrix).orElse(directory.dutyMatrix());
        progress.applying(changes.size());
        org.gridsafe.duty.TimeLimits limits = next.timeLimits().orElse(directory.timeLimits());
        org.gridsafe.duty.WorkCalendar calendar = next.calendar().orElse(directory.workCalendar());
        if (change.isPresent()) {
            directory.replace(next.tree(), duty, limits, calendar, change.get());
        } else {
            directory.replace(next.tree(), duty, limits, calendar);
        }
        return new ImportReport(validation.read(), List.of(), changes, true);
    }

    /**
     * The same for a directory that holds no data yet (a new database): the files must include
     * departments and duty rules; the time limits and calendar are the files' when they include them,
     * and otherwise the given ones.
     *
     * @param files the district's files
     * @param directory the empty directory
     * @param dryRun true to report the problems and changes without changing anything
     * @param timeLimits the time limits to store with the district
     * @param calendar the working calendar to store with the district
     * @return the report
     */
    public ImportReport importIntoEmpty(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            org.gridsafe.duty.TimeLimits timeLimits,
            org.gridsafe.duty.WorkCalendar calendar) {
        return importIntoEmpty(files, directory, dryRun, timeLimits, calendar, Optional.empty());
    }

    private ImportReport importIntoEmpty(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            org.gridsafe.duty.TimeLimits timeLimits,
            org.gridsafe.duty.WorkCalendar calendar,
            Optional<org.gridsafe.port.DirectoryChange> change) {
        Validation validation = validate(files);
        List<Problem> problems = new ArrayList<>(validation.problems());
        if (validation.problems().isEmpty()
                && validation.district().orElseThrow().duty().isEmpty()) {
            problems.add(new Problem(
                    Table.DEPARTMENTS.baseName() + ".csv",
                    "file",
                    "",
                    "is missing: the database"
                            + " holds no departments yet, so the first import must bring them (with duty-rules)"));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(validation.read(), problems, List.of(), false);
        }
        District next = validation.district().get();
        List<String> changes = DistrictChanges.between(
                new District(
                        List.of(),
                        Optional.of(new District.Duty(List.of(), List.of())),
                        Optional.of(timeLimits),
                        Optional.of(calendar)),
                next);
        if (!dryRun) {
            org.gridsafe.duty.TimeLimits limits = next.timeLimits().orElse(timeLimits);
            org.gridsafe.duty.WorkCalendar workCalendar = next.calendar().orElse(calendar);
            if (change.isPresent()) {
                directory.replace(next.tree(), next.duty().orElseThrow().matrix(), limits, workCalendar, change.get());
            } else {
                directory.replace(next.tree(), next.duty().orElseThrow().matrix(), limits, workCalendar);
            }
        }
        return new ImportReport(validation.read(), List.of(), changes, !dryRun);
    }

    /**
     * {@link #importIntoEmpty(DistrictFiles, WritableGridDirectory, boolean, org.gridsafe.duty.TimeLimits,
     * org.gridsafe.duty.WorkCalendar)}, recording who imports, why and from which day the data holds.
     */
    public ImportReport importIntoEmpty(
            DistrictFiles files,
            WritableGridDirectory directory,
            boolean dryRun,
            org.gridsafe.duty.TimeLimits timeLimits,
            org.gridsafe.duty.WorkCalendar calendar,
            org.gridsafe.port.DirectoryChange change) {
        return importIntoEmpty(files, directory, dryRun, timeLimits, calendar, Optional.of(change));
    }

    /** A directory's grids, departments, duty rules, time limits and calendar as files. */
    public DistrictFiles export(GridDirectory directory, TableFormat format) {
        return export(District.of(directory), format);
    }

    /**
     * A district as files: grids.geojson, the tables in {@code format} and, when it has one, the
     * calendar as the {@code calendar} table in the same format (an import also reads the older
     * {@code calendar.txt}).
     */
    public DistrictFiles export(District district, TableFormat format) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(GeoJsonGrids.FILE, GeoJsonGrids.write(district.grids()));
        List<List<String>> staff = new ArrayList<>();
        List<List<String>> chains = new ArrayList<>();
        for (Grid grid : district.grids()) {
            for (StaffAssignment s : grid.staff()) {
                staff.add(List.of(
                        grid.code().value(),
                        s.personId(),
                        s.displayName(),
                        s.role().name()));
            }
            for (Map.Entry<ResponsibleRole, ResponsiblePerson> e :
                    grid.responsibilityChain().holders().entrySet()) {
                chains.add(List.of(
                        grid.code().value(),
                        e.getKey().name(),
                        e.getValue().personId(),
                        e.getValue().displayName()));
            }
        }
        String ext = "." + format.extension();
        files.put(Table.STAFF.baseName() + ext, format.write(Table.STAFF, staff));
        files.put(Table.RESPONSIBILITY.baseName() + ext, format.write(Table.RESPONSIBILITY, chains));
        district.duty().ifPresent(duty -> {
            List<List<String>> departments = new ArrayList<>();
            for (Department d : duty.departments()) {
                departments.add(List.of(
                        d.id().value(),
                        d.zhName(),
                        d.enName(),
                        String.join(";", d.domains().stream().map(Enum::name).toList())));
            }
            List<List<String>> rules = new ArrayList<>();
            for (DutyRule r : duty.rules()) {
                rules.add(List.of(
                        r.domain().name(),
                        r.hazardPrefix().map(HazardCode::value).orElse(""),
                        r.grade().map(Enum::name).orElse(""),
                        r.gridLevel().map(Enum::name).orElse(""),
                        r.department().value()));
            }
            files.put(Table.DEPARTMENTS.baseName() + ext, format.write(Table.DEPARTMENTS, departments));
            files.put(Table.DUTY_RULES.baseName() + ext, format.write(Table.DUTY_RULES, rules));
        });
        district.timeLimits()
                .ifPresent(limits -> files.put(
                        Table.TIME_LIMITS.baseName() + ext,
                        format.write(Table.TIME_LIMITS, TimeLimitsTable.rows(limits))));
        district.calendar()
                .ifPresent(calendar -> files.put(
                        Table.CALENDAR.baseName() + ext, format.write(Table.CALENDAR, CalendarTable.rows(calendar))));
        return DistrictFiles.of(files);
    }
}
