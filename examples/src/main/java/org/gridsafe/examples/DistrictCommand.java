package org.gridsafe.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.GridSafe;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.GridMove;
import org.gridsafe.districtdata.DistrictData;
import org.gridsafe.districtdata.DistrictFiles;
import org.gridsafe.districtdata.EntityData;
import org.gridsafe.districtdata.ImportReport;
import org.gridsafe.districtdata.TableFormat;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.jdbc.JdbcGridDirectory;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeRefusedException;

/**
 * The demo jar's district-data commands: {@code validate} a folder of district files, {@code
 * import} it into the demo database (with {@code --dry-run}: report only), {@code export} the
 * database's district to a folder; {@code import-entities} and {@code export-entities} do the same
 * for the production units and places. Formats: {@code docs/district-data.md}. The demo server must
 * not be running on the same H2 file (H2 locks it).
 */
final class DistrictCommand {

    static final Set<String> COMMANDS = Set.of("import", "export", "validate", "import-entities", "export-entities");

    /** Exit status when the files have problems or the database cannot be used. */
    static final int FAILED = 1;

    private static final ProgramOptions.Option FROM =
            new ProgramOptions.Option("--from", "DIR", "folder with grids.geojson and the tables (required)");
    private static final ProgramOptions.Option TO =
            new ProgramOptions.Option("--to", "DIR", "folder to write the files to (required; created)");
    private static final ProgramOptions.Option FORMAT =
            new ProgramOptions.Option("--format", "csv|xlsx", "format of the tables (default csv)");
    private static final ProgramOptions.Option ENCODING =
            new ProgramOptions.Option("--encoding", "CHARSET", "charset of CSV input, e.g. GBK (default UTF-8)");
    private static final ProgramOptions.Option DRY_RUN =
            ProgramOptions.Option.flag("--dry-run", "report the problems and the changes, change nothing");
    /** The reason an import from the command line records when none is given. */
    static final String DEFAULT_REASON = "命令行导入";

    private static final ProgramOptions.Option REASON = new ProgramOptions.Option(
            "--reason", "TEXT", "why, recorded in the directory's history (default " + DEFAULT_REASON + ")");
    private static final ProgramOptions.Option EFFECTIVE_FROM = new ProgramOptions.Option(
            "--effective-from",
            "YYYY-MM-DD",
            "first day the data holds: not before the last recorded change, not after today (default today in the"
                    + " district's zone)");
    private static final List<ProgramOptions.Option> DATABASE = List.of(
            new ProgramOptions.Option("--data", "DIR", "directory of the H2 database (default ./gridsafe-data)"),
            new ProgramOptions.Option("--db-url", "URL", "JDBC URL to use instead, e.g. jdbc:postgresql://host/db"),
            new ProgramOptions.Option("--db-user", "USER", "database user"),
            new ProgramOptions.Option("--db-password", "SECRET", "database password"));

    private DistrictCommand() {}

    private static ProgramOptions options(String command) {
        List<ProgramOptions.Option> options = new ArrayList<>();
        String description;
        switch (command) {
            case "validate" -> {
                options.addAll(List.of(FROM, ENCODING));
                description = "Reads and checks a district's files, prints every problem (file, row or feature,"
                        + " column) and exits 1 if there is any. Touches no database.";
            }
            case "import" -> {
                options.addAll(List.of(FROM, ENCODING, DRY_RUN, REASON, EFFECTIVE_FROM));
                options.addAll(DATABASE);
                description = "Validates a district's files and, when they have no problem, replaces the"
                        + " database's grids, staff, chains (and departments and duty rules, time limits and the"
                        + " work calendar, each when given) in one transaction, recorded in the directory's history"
                        + " as the system's change with the reason and effective day given; prints what was read,"
                        + " the problems or the changes. A new database without time-limits or a calendar (calendar.csv,"
                        + " .xlsx or calendar.txt) gets the default time limits and the 2026 calendar.";
            }
            case "import-entities" -> {
                options.addAll(List.of(FROM, ENCODING, DRY_RUN));
                options.addAll(DATABASE);
                description = "Validates production-units and places tables (CSV or .xlsx) as a whole and, when no"
                        + " row has a problem, registers the new entities and amends the changed ones, as the"
                        + " district command center; prints what was read, the problems or the changes.";
            }
            case "export-entities" -> {
                options.addAll(List.of(TO, FORMAT));
                options.addAll(DATABASE);
                description = "Writes the database's production units and places as CSV or .xlsx tables.";
            }
            default -> {
                options.addAll(List.of(TO, FORMAT));
                options.addAll(DATABASE);
                description = "Writes the database's district as grids.geojson and CSV or .xlsx tables (time-limits"
                        + " and the calendar included).";
            }
        }
        return new ProgramOptions("gridsafe-demo.jar " + command, description, options);
    }

    /** Runs {@code args[0]} (one of {@link #COMMANDS}) with the rest as its options; returns the exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) throws Exception {
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int[] status = {0};
        int parsed = options(command).run(rest, out, err, values -> {
            status[0] = switch (command) {
                case "validate" -> validate(values, out);
                case "import" -> importFiles(values, environment, out, err);
                case "import-entities" -> importEntities(values, environment, out, err);
                case "export-entities" -> exportEntities(values, environment, out, err);
                default -> export(values, environment, out, err);
            };
        });
        return parsed != 0 ? parsed : status[0];
    }

    private static DistrictData data(ProgramOptions.Values values) {
        DistrictData data = DistrictData.withDefaults();
        if (values.text("--encoding").isPresent()) {
            String name = values.text("--encoding").get();
            try {
                data = data.csvCharset(Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw ProgramOptions.Values.refuse("--encoding: no charset '" + name + "' (try UTF-8 or GBK)");
            }
        }
        return data;
    }

    private static DistrictFiles from(ProgramOptions.Values values) {
        Path folder =
                Path.of(values.text("--from").orElseThrow(() -> ProgramOptions.Values.refuse("--from is required")));
        if (!Files.isDirectory(folder)) {
            throw ProgramOptions.Values.refuse("--from " + folder + " is not a folder");
        }
        return DistrictFiles.fromDirectory(folder);
    }

    private static int validate(ProgramOptions.Values values, PrintStream out) {
        DistrictData.Validation validation = data(values).validate(from(values));
        validation.read().forEach(line -> out.println("read " + line));
        if (validation.problems().isEmpty()) {
            out.println("no problems");
            return 0;
        }
        out.println(validation.problems().size() + (validation.problems().size() == 1 ? " problem:" : " problems:"));
        validation.problems().forEach(p -> out.println("  " + p));
        return FAILED;
    }

    private static int importFiles(
            ProgramOptions.Values values, Map<String, String> environment, PrintStream out, PrintStream err) {
        DistrictData data = data(values);
        DistrictFiles files = from(values);
        boolean dryRun = values.given("--dry-run");
        String reason = values.text("--reason").orElse(DEFAULT_REASON);
        if (reason.isBlank() || reason.length() > DirectoryChange.MAX_REASON_LENGTH) {
            throw ProgramOptions.Values.refuse(
                    "--reason: give 1-" + DirectoryChange.MAX_REASON_LENGTH + " characters, not blank");
        }
        Optional<LocalDate> effectiveFrom;
        try {
            effectiveFrom = values.text("--effective-from").map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ProgramOptions.Values.refuse(
                    "--effective-from: '" + values.text("--effective-from").orElse("")
                            + "' is not a date; write YYYY-MM-DD, e.g. 2026-12-01");
        }
        return withStorage(values, environment, err, storage -> {
            JdbcGridDirectory directory = storage.directory();
            boolean saved = directory.isSaved();
            WorkCalendar calendar = saved ? directory.workCalendar() : WorkCalendar.chinaMainland2026();
            DirectoryChange change = new DirectoryChange(
                    Actor.SYSTEM, reason, effectiveFrom.orElseGet(() -> LocalDate.now(Clock.system(calendar.zone()))));
            ImportReport report;
            try {
                report = saved
                        ? data.importInto(files, directory, dryRun, change)
                        : data.importIntoEmpty(files, directory, dryRun, TimeLimits.defaults(), calendar, change);
            } catch (DirectoryChangeRefusedException e) {
                err.println("import refused, nothing changed: --effective-from: "
                        + e.getMessage().substring(e.field().length() + 2));
                return FAILED;
            }
            out.print(report.text());
            if (report.valid() && !dryRun) {
                moveCasesOfRemovedGrids(storage, out);
            }
            return report.valid() ? 0 : FAILED;
        });
    }

    /** 网格调整: open cases of grids the import removed follow the documented rule (docs/district-data.md). */
    private static void moveCasesOfRemovedGrids(JdbcGridSafeStorage storage, PrintStream out) {
        Clock clock = Clock.systemUTC();
        List<GridMove> moves = GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .idGenerator(
                        storage.idGenerator(storage.directory().workCalendar().zone()))
                .clock(clock)
                .build()
                .casework()
                .moveCasesOfRemovedGrids(Actor.SYSTEM, clock.instant());
        for (GridMove move : moves) {
            out.println("网格调整: case " + move.caseId() + " moved from removed grid " + move.from() + " to " + move.to()
                    + " (" + move.basis().name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    private static TableFormat format(ProgramOptions.Values values) {
        String formatName = values.text("--format").orElse("csv").toUpperCase(Locale.ROOT);
        return Arrays.stream(TableFormat.values())
                .filter(f -> f.name().equals(formatName))
                .findFirst()
                .orElseThrow(() -> ProgramOptions.Values.refuse("--format takes csv or xlsx, not '"
                        + values.text("--format").orElse("") + "'"));
    }

    /** The registry over the stored district, acting as a command center of its root grid. */
    private record Registry(SupervisedEntities entities, Actor actor, LocalDate today) {
        static Registry of(JdbcGridSafeStorage storage) {
            Clock clock = Clock.systemUTC();
            SupervisedEntities entities = SupervisedEntities.builder()
                    .registry(storage.entityRegistry())
                    .directory(storage.directory())
                    .clock(clock)
                    .nineSmallProfile(DemoEntities.NINE_SMALL_PROFILE)
                    .build();
            Actor center = Actor.commandCenter(
                    "cli-entities",
                    "数据导入导出",
                    storage.directory().grids().roots().get(0).code());
            return new Registry(
                    entities,
                    center,
                    LocalDate.now(
                            clock.withZone(storage.directory().workCalendar().zone())));
        }
    }

    private static int importEntities(
            ProgramOptions.Values values, Map<String, String> environment, PrintStream out, PrintStream err) {
        EntityData data = entityData(values);
        DistrictFiles files = from(values);
        boolean dryRun = values.given("--dry-run");
        return withStorage(values, environment, err, storage -> {
            if (!storage.directory().isSaved()) {
                err.println("import-entities: the database holds no district yet (import one first)");
                return FAILED;
            }
            Registry registry = Registry.of(storage);
            ImportReport report =
                    data.importInto(files, registry.entities(), registry.actor(), registry.today(), dryRun);
            out.print(report.text());
            return report.valid() ? 0 : FAILED;
        });
    }

    private static EntityData entityData(ProgramOptions.Values values) {
        EntityData data = EntityData.withDefaults();
        if (values.text("--encoding").isPresent()) {
            String name = values.text("--encoding").get();
            try {
                data = data.csvCharset(Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw ProgramOptions.Values.refuse("--encoding: no charset '" + name + "' (try UTF-8 or GBK)");
            }
        }
        return data;
    }

    private static int exportEntities(
            ProgramOptions.Values values, Map<String, String> environment, PrintStream out, PrintStream err) {
        Path to = Path.of(values.text("--to").orElseThrow(() -> ProgramOptions.Values.refuse("--to is required")));
        TableFormat format = format(values);
        return withStorage(values, environment, err, storage -> {
            if (!storage.directory().isSaved()) {
                err.println("export-entities: the database holds no district yet");
                return FAILED;
            }
            Registry registry = Registry.of(storage);
            DistrictFiles files = EntityData.withDefaults().export(registry.entities(), registry.actor(), format);
            files.writeTo(to);
            files.files()
                    .forEach((name, bytes) ->
                            out.println("wrote " + to.resolve(name) + " (" + bytes.length + " bytes)"));
            return 0;
        });
    }

    private static int export(
            ProgramOptions.Values values, Map<String, String> environment, PrintStream out, PrintStream err) {
        Path to = Path.of(values.text("--to").orElseThrow(() -> ProgramOptions.Values.refuse("--to is required")));
        TableFormat format = format(values);
        return withDirectory(values, environment, err, directory -> {
            if (!directory.isSaved()) {
                err.println("export: the database holds no district yet (import one, or start the demo server once)");
                return FAILED;
            }
            DistrictFiles files = DistrictData.withDefaults().export(directory, format);
            files.writeTo(to);
            files.files()
                    .forEach((name, bytes) ->
                            out.println("wrote " + to.resolve(name) + " (" + bytes.length + " bytes)"));
            return 0;
        });
    }

    private interface DirectoryWork {
        int run(JdbcGridDirectory directory);
    }

    private interface StorageWork {
        int run(JdbcGridSafeStorage storage);
    }

    private static int withDirectory(
            ProgramOptions.Values values, Map<String, String> environment, PrintStream err, DirectoryWork work) {
        return withStorage(values, environment, err, storage -> work.run(storage.directory()));
    }

    private static int withStorage(
            ProgramOptions.Values values, Map<String, String> environment, PrintStream err, StorageWork work) {
        List<String> databaseArgs = new ArrayList<>();
        for (ProgramOptions.Option option : DATABASE) {
            values.text(option.flag()).ifPresent(v -> {
                databaseArgs.add(option.flag());
                databaseArgs.add(v);
            });
        }
        ServerOptions server = ServerOptions.parse(databaseArgs.toArray(String[]::new), environment);
        try {
            if (server.databaseUrl().isEmpty()) {
                DataDirectory.requireUsable(server.dataDirectory(), "gridsafe.mv.db");
            }
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(server.jdbcUrl());
            server.databaseUser().ifPresent(pool::setUsername);
            server.databasePassword().ifPresent(pool::setPassword);
            pool.setMaximumPoolSize(2);
            pool.setPoolName("gridsafe-district");
            try (HikariDataSource dataSource = new HikariDataSource(pool)) {
                JdbcGridSafeStorage storage =
                        JdbcGridSafeStorage.create(dataSource).migrate();
                return work.run(storage);
            }
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("cannot use the database: "
                    + message.replaceAll("\\s+", " ").trim());
            return FAILED;
        }
    }
}
