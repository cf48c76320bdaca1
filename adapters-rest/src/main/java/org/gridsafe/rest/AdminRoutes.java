package org.gridsafe.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.FieldError;
import org.gridsafe.districtdata.District;
import org.gridsafe.districtdata.DistrictData;
import org.gridsafe.districtdata.DistrictFiles;
import org.gridsafe.districtdata.ImportProgress;
import org.gridsafe.districtdata.ImportReport;
import org.gridsafe.districtdata.Problem;
import org.gridsafe.districtdata.TableFormat;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.ResponsibilityChain;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.StoreUnavailableException;
import org.gridsafe.port.WritableGridDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The district administrator's routes: validate and import a district's files (an import runs as a
 * job whose progress is read back), export them as a .zip, and change the staff of one grid. Every
 * decision is {@link AccessPolicy}'s ({@link Action#ADMINISTER_DISTRICT} over the district's root,
 * {@link Action#ADMINISTER_STAFF} over the grid); every write goes through
 * {@link DistrictData#importInto} and so through the directory's one all-or-nothing replacement.
 * Writes of this server are serialised by one lock, so a staff change checked against a version
 * cannot be overtaken between its check and its write.
 */
final class AdminRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);

    /** Parts of one upload at most: the five tables and the grids (or one .zip), three form fields, some slack. */
    static final int MAX_PARTS = 12;
    /** Entries of an uploaded .zip at most (project's own choice; a district has six files). */
    static final int MAX_ZIP_ENTRIES = 64;
    /** Finished jobs kept for reading back, newest first (project's own choice). */
    static final int KEPT_JOBS = 100;

    private static final Set<String> TABLES =
            Set.of("staff", "responsibility", "departments", "duty-rules", "time-limits", "calendar");
    private static final Set<String> FORM_FIELDS = Set.of("file", "reason", "effectiveFrom", "dryRun");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern JOB_ID = Pattern.compile("imp-[0-9a-f]{16}");

    private final Optional<WritableGridDirectory> directory;
    private final DistrictData data;
    private final AccessPolicy policy;
    private final Json json;
    private final Clock clock;
    private final long maxUploadBytes;
    private final java.util.function.Function<java.time.Instant, List<org.gridsafe.casework.GridMove>> moveCases;
    private final ReentrantLock writes = new ReentrantLock();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    /**
     * This server start's part of every job id (its first 8 hex digits), so that a job of an
     * earlier start, whose status a restart lost, is told apart from one this start dropped.
     */
    private final String start;

    private final java.time.Instant startedAt;
    private ExecutorService runner;

    AdminRoutes(
            Optional<WritableGridDirectory> directory,
            DistrictData data,
            AccessPolicy policy,
            Json json,
            Clock clock,
            long maxUploadBytes,
            java.util.function.Function<java.time.Instant, List<org.gridsafe.casework.GridMove>> moveCases) {
        this.directory = directory;
        this.moveCases = moveCases;
        this.data = data;
        this.policy = policy;
        this.json = json;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        this.start = HexFormat.of().formatHex(bytes);
        this.startedAt = clock.instant();
    }

    private WritableGridDirectory directory() {
        return directory.orElseThrow(() -> ProblemException.of(
                501,
                "not-configured",
                "Not configured",
                "this server does not administer its directory (GridSafeHttpApi.Builder.administration)"));
    }

    // ---- access

    /** The actor may administer the whole district: every root of the current directory. */
    private Actor districtAdministrator(Exchange ex) {
        Actor actor = ex.actor();
        WritableGridDirectory d = directory();
        List<Grid> roots = d.grids().roots();
        List<ScopeFacts> scopes = roots.isEmpty()
                ? List.of(ScopeFacts.everything())
                : roots.stream().map(g -> ScopeFacts.within(g.code())).toList();
        for (ScopeFacts scope : scopes) {
            AccessDecision decision = policy.decide(actor, Action.ADMINISTER_DISTRICT, scope);
            if (!decision.allowed()) {
                throw ProblemException.forbidden(decision.rule(), decision.explanation());
            }
        }
        return actor;
    }

    // ---- validate

    Reply validate(Exchange ex) throws IOException {
        Upload upload = authorisedUpload(ex, false);
        DistrictData.Validation validation = data.validate(upload.files());
        return Reply.of(
                200,
                Reply.JSON,
                json.write(reportView(new ImportReport(validation.read(), validation.problems(), List.of(), false))));
    }

    // ---- import, as a job

    Reply startImport(Exchange ex) throws IOException {
        Upload upload = authorisedUpload(ex, true);
        Actor actor = ex.actor();
        DirectoryChange change = new DirectoryChange(actor, upload.reason().orElseThrow(), upload.effectiveFrom());
        Job job = new Job(newJobId(), actor, upload, change, clock.instant().toString());
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        runner().execute(() -> run(job));
        return Reply.of(202, Reply.JSON, json.write(job.view()))
                .withHeader("Location", "/api/v1/district/imports/" + job.id);
    }

    Reply importJob(Exchange ex) {
        districtAdministrator(ex);
        String id = ex.pathParam("id");
        if (!JOB_ID.matcher(id).matches()) {
            throw ProblemException.invalid("id", "an import id reads imp- and 16 hexadecimal digits");
        }
        Job job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null && id.startsWith("imp-" + start)) {
            throw ProblemException.notFound("no import " + id + " on this server: it is not among the last " + KEPT_JOBS
                    + " jobs kept in memory");
        }
        if (job == null) {
            throw ProblemException.notFound("no import " + id + " was started since this server started (at "
                    + startedAt + "). Import jobs live in the server's memory: a restart loses a job's status, never"
                    + " its data (an import is one transaction, written whole or not at all). GET"
                    + " /api/v1/directory/changes or an export shows whether it was written");
        }
        return Reply.of(200, Reply.JSON, json.write(job.view())).withHeader("Cache-Control", "no-store");
    }

    private synchronized ExecutorService runner() {
        if (runner == null) {
            // One import at a time: each replaces the whole directory, so running two at once only races.
            runner = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "gridsafe-district-import");
                t.setDaemon(true);
                return t;
            });
        }
        return runner;
    }

    private String newJobId() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return "imp-" + start + HexFormat.of().formatHex(bytes);
    }

    private void run(Job job) {
        job.phase("VALIDATING");
        writes.lock();
        try {
            ImportReport report = data.importInto(
                    job.upload.files(), directory(), job.upload.dryRun(), job.change, new ImportProgress() {
                        @Override
                        public void read(String line) {
                            job.read(line);
                        }

                        @Override
                        public void applying(int changes) {
                            job.phase("APPLYING");
                        }
                    });
            // 网格调整: the open cases of grids this import removed follow the documented rule.
            List<org.gridsafe.casework.GridMove> moves =
                    report.applied() ? moveCases.apply(clock.instant()) : List.of();
            job.finish(report, moves);
        } catch (StoreUnavailableException e) {
            LOG.warn("district import {} failed, the store is down: {}", job.id, e.getMessage());
            job.fail(ProblemException.storeUnavailable(e.outcomeUnknown()));
        } catch (RuntimeException e) {
            LOG.error("district import {} failed", job.id, e);
            job.fail(ProblemException.of(
                    500, "internal-error", "Internal error", "the import failed; the failure is logged"));
        } finally {
            writes.unlock();
        }
    }

    /** One import: its upload, its phase and what was read so far, then its report. */
    private final class Job {
        final String id;
        final Actor actor;
        final Upload upload;
        final DirectoryChange change;
        final String submittedAt;
        private String phase = "RECEIVED";
        private final List<String> read = new ArrayList<>();
        private ImportReport report;
        private List<org.gridsafe.casework.GridMove> moved = List.of();
        private ProblemException problem;

        Job(String id, Actor actor, Upload upload, DirectoryChange change, String submittedAt) {
            this.id = id;
            this.actor = actor;
            this.upload = upload;
            this.change = change;
            this.submittedAt = submittedAt;
        }

        synchronized void phase(String next) {
            phase = next;
        }

        synchronized void read(String line) {
            read.add(line);
        }

        synchronized void finish(ImportReport done, List<org.gridsafe.casework.GridMove> moves) {
            report = done;
            moved = List.copyOf(moves);
            if (done.valid()) {
                phase = "DONE";
            } else {
                phase = "REFUSED";
                problem = invalidFiles(done.problems());
            }
        }

        synchronized void fail(ProblemException failure) {
            phase = "FAILED";
            problem = failure;
        }

        synchronized Map<String, Object> view() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", id);
            v.put("phase", phase);
            v.put("dryRun", upload.dryRun());
            v.put("reason", change.reason());
            v.put("effectiveFrom", change.effectiveFrom().toString());
            v.put("submittedBy", actor.id());
            v.put("submittedAt", submittedAt);
            List<Object> files = new ArrayList<>();
            upload.files().files().forEach((name, bytes) -> files.add(Map.of("name", name, "bytes", bytes.length)));
            v.put("files", files);
            v.put("read", List.copyOf(read));
            v.put("report", report == null ? null : reportView(report));
            List<Object> movedCases = new ArrayList<>();
            for (org.gridsafe.casework.GridMove m : moved) {
                movedCases.add(Map.of(
                        "case", m.caseId().value(),
                        "from", m.from().value(),
                        "to", m.to().value(),
                        "basis", m.basis().name()));
            }
            v.put("movedCases", movedCases);
            v.put("problem", problem == null ? null : problemView(problem));
            return v;
        }
    }

    private static ProblemException invalidFiles(List<Problem> problems) {
        return new ProblemException(
                422,
                "invalid-district-files",
                "Invalid district files",
                problems.size() + " problem(s) in the files; nothing was written",
                problems.stream()
                        .map(p -> new FieldError(fieldOf(p), p.message()))
                        .toList(),
                Optional.empty(),
                Map.of());
    }

    private static String fieldOf(Problem p) {
        return p.file() + ", " + p.location() + (p.field().isEmpty() ? "" : ", " + p.field());
    }

    private static Map<String, Object> problemView(ProblemException p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", p.type());
        v.put("title", p.title);
        v.put("status", p.status);
        v.put("detail", p.getMessage());
        v.put(
                "errors",
                p.errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
        return v;
    }

    static Map<String, Object> reportView(ImportReport report) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("valid", report.valid());
        v.put("applied", report.applied());
        v.put("read", report.read());
        v.put(
                "problems",
                report.problems().stream()
                        .map(p -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("file", p.file());
                            m.put("location", p.location());
                            m.put("field", p.field());
                            m.put("message", p.message());
                            return m;
                        })
                        .toList());
        v.put("changes", report.changes());
        return v;
    }

    // ---- export

    Reply export(Exchange ex) throws IOException {
        districtAdministrator(ex);
        String raw = ex.query("format").orElse("csv");
        TableFormat format = switch (raw.toLowerCase(Locale.ROOT)) {
            case "csv" -> TableFormat.CSV;
            case "xlsx" -> TableFormat.XLSX;
            default -> throw ProblemException.invalid("format", "must be csv or xlsx, not '" + raw + "'");
        };
        DistrictFiles files = data.export(directory(), format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        String root = directory().grids().roots().stream()
                .map(g -> g.code().value())
                .findFirst()
                .orElse("district");
        return new Reply(200, "application/zip", out.toByteArray(), Map.of())
                .withHeader(
                        "Content-Disposition",
                        "attachment; filename=\"district-" + root + "-" + format.extension() + ".zip\"")
                .withHeader("Cache-Control", "private, no-store");
    }

    // ---- the staff of one grid

    /** The version of a grid's staff and rung holders, as an entity tag: it changes when either changes. */
    static String staffTag(Grid grid) {
        StringBuilder text = new StringBuilder(grid.code().value()).append('\n');
        for (StaffAssignment s : grid.staff()) {
            text.append("S|")
                    .append(s.personId())
                    .append('|')
                    .append(s.displayName())
                    .append('|')
                    .append(s.role().name())
                    .append('\n');
        }
        grid.responsibilityChain()
                .holders()
                .forEach((role, person) -> text.append("R|")
                        .append(role.name())
                        .append('|')
                        .append(person.personId())
                        .append('|')
                        .append(person.displayName())
                        .append('\n'));
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "\"staff-" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code PUT /api/v1/grids/{code}/staff} body: the GET view's shape (its {@code grid} and names may be echoed). */
    record StaffBody(
            String grid,
            String reason,
            String effectiveFrom,
            List<StaffItem> staff,
            List<RungItem> responsibilityChain) {}

    record StaffItem(String personId, String displayName, String role) {}

    record RungItem(String role, Object roleName, String personId, String displayName) {}

    Reply replaceStaff(Exchange ex, java.util.function.Function<Grid, Reply> view) {
        Actor actor = ex.actor();
        WritableGridDirectory d = directory();
        GridCode code;
        try {
            code = GridCode.parse(ex.pathParam("code"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("code", e.getMessage());
        }
        AccessDecision decision = policy.decide(actor, Action.ADMINISTER_STAFF, ScopeFacts.within(code));
        if (!decision.allowed()) {
            throw ProblemException.forbidden(decision.rule(), decision.explanation());
        }
        String ifMatch = ex.header("If-Match")
                .orElseThrow(() -> ProblemException.of(
                        428,
                        "if-match-required",
                        "Precondition required",
                        "send If-Match with the ETag of GET /api/v1/grids/" + code.value() + "/staff"));
        StaffBody body = json.read(ex.body(), StaffBody.class);
        Fields f = new Fields();
        String reason = body.reason();
        if (reason == null || reason.isBlank()) {
            f.fail("reason", "say why the staff change (1-" + DirectoryChange.MAX_REASON_LENGTH + " characters)");
        } else if (reason.length() > DirectoryChange.MAX_REASON_LENGTH) {
            f.fail("reason", "at most " + DirectoryChange.MAX_REASON_LENGTH + " characters");
        }
        LocalDate effectiveFrom = body.effectiveFrom() == null
                ? LocalDate.now(clock.withZone(json.zone()))
                : f.date("effectiveFrom", body.effectiveFrom()).orElse(null);
        if (body.grid() != null && !body.grid().equals(code.value())) {
            f.fail("grid", "names " + body.grid() + ", the path names " + code.value());
        }
        List<StaffAssignment> staff = new ArrayList<>();
        List<StaffItem> items = body.staff() == null ? List.of() : body.staff();
        for (int i = 0; i < items.size(); i++) {
            StaffItem s = items.get(i);
            String at = "staff[" + i + "]";
            if (s == null) {
                f.fail(at, "must be an object");
                continue;
            }
            Optional<GridRole> role =
                    s.role() == null ? Optional.empty() : f.enumValue(at + ".role", s.role(), GridRole.class);
            if (s.role() == null) {
                f.fail(at + ".role", "is required");
            }
            if (s.personId() == null) {
                f.fail(at + ".personId", "is required");
            }
            if (s.displayName() == null) {
                f.fail(at + ".displayName", "is required");
            }
            if (role.isPresent() && s.personId() != null && s.displayName() != null) {
                f.parse(at, "", unused -> new StaffAssignment(s.personId(), s.displayName(), role.get()))
                        .ifPresent(staff::add);
            }
        }
        Map<ResponsibleRole, ResponsiblePerson> rungs = new java.util.EnumMap<>(ResponsibleRole.class);
        Map<ResponsibleRole, Integer> rungIndex = new java.util.EnumMap<>(ResponsibleRole.class);
        List<RungItem> chain = body.responsibilityChain() == null ? List.of() : body.responsibilityChain();
        for (int i = 0; i < chain.size(); i++) {
            RungItem r = chain.get(i);
            String at = "responsibilityChain[" + i + "]";
            if (r == null) {
                f.fail(at, "must be an object");
                continue;
            }
            Optional<ResponsibleRole> role =
                    r.role() == null ? Optional.empty() : f.enumValue(at + ".role", r.role(), ResponsibleRole.class);
            if (r.role() == null) {
                f.fail(at + ".role", "is required");
            }
            if (r.personId() == null) {
                f.fail(at + ".personId", "is required");
            }
            if (r.displayName() == null) {
                f.fail(at + ".displayName", "is required");
            }
            if (role.isPresent() && rungs.containsKey(role.get())) {
                f.fail(at + ".role", "rung " + role.get() + " is given twice; a rung has one holder");
            } else if (role.isPresent() && r.personId() != null && r.displayName() != null) {
                f.parse(at, "", unused -> new ResponsiblePerson(r.personId(), r.displayName()))
                        .ifPresent(p -> {
                            rungs.put(role.get(), p);
                            rungIndex.put(role.get(), rungIndex.size());
                        });
            }
        }
        f.check("staff change");
        writes.lock();
        try {
            Grid current = d.grids()
                    .find(code)
                    .orElseThrow(() -> ProblemException.notFound("no grid " + code.value() + " in this district"));
            String tag = staffTag(current);
            if (!tag.equals(ifMatch.strip())) {
                throw ProblemException.of(
                                412,
                                "stale-version",
                                "Precondition failed",
                                "the staff of " + code.value() + " changed since you read them (now " + tag
                                        + "); read them again and send the change with the new ETag")
                        .withHeader("ETag", tag);
            }
            Grid next;
            try {
                next = current.toBuilder()
                        .staff(staff)
                        .responsibilityChain(ResponsibilityChain.of(rungs))
                        .build();
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("staff", e.getMessage());
            }
            List<Grid> grids = new ArrayList<>();
            for (Grid g : d.grids().grids()) {
                grids.add(g.code().equals(code) ? next : g);
            }
            DistrictFiles files = withoutDuty(data.export(new District(grids, Optional.empty()), TableFormat.CSV));
            ImportReport report =
                    data.importInto(files, d, false, new DirectoryChange(actor, reason.strip(), effectiveFrom));
            if (!report.valid()) {
                throw ProblemException.invalid(
                        "the staff change breaks " + report.problems().size()
                                + " rule(s) of the directory; nothing was written",
                        report.problems().stream()
                                .map(p -> new FieldError(bodyField(p, code, grids, rungIndex), p.message()))
                                .toList());
            }
            Grid stored = d.grids().find(code).orElseThrow();
            return view.apply(stored).withHeader("ETag", staffTag(stored));
        } finally {
            writes.unlock();
        }
    }

    private static DistrictFiles withoutDuty(DistrictFiles files) {
        Map<String, byte[]> kept = new TreeMap<>(files.files());
        kept.keySet().removeIf(name -> name.startsWith("departments.") || name.startsWith("duty-rules."));
        return DistrictFiles.of(kept);
    }

    /**
     * The body field a problem of the re-checked directory points at: the rows of the changed grid
     * are its {@code staff} and {@code responsibilityChain} items (the files list the grids in code
     * order, each grid's staff in its order and its rungs in rung order).
     */
    private static String bodyField(
            Problem p, GridCode code, List<Grid> grids, Map<ResponsibleRole, Integer> rungIndex) {
        Matcher row = Pattern.compile("row (\\d+)").matcher(p.location());
        boolean staffFile = p.file().startsWith("staff.");
        boolean chainFile = p.file().startsWith("responsibility.");
        if (row.matches() && (staffFile || chainFile)) {
            int n = Integer.parseInt(row.group(1));
            int first = 2; // row 1 is the header
            List<Grid> sorted = grids.stream()
                    .sorted(java.util.Comparator.comparing(Grid::code))
                    .toList();
            for (Grid g : sorted) {
                int count = staffFile
                        ? g.staff().size()
                        : g.responsibilityChain().holders().size();
                if (g.code().equals(code) && n >= first && n < first + count) {
                    int i = n - first;
                    if (chainFile) {
                        ResponsibleRole rung = List.copyOf(
                                        g.responsibilityChain().holders().keySet())
                                .get(i);
                        i = rungIndex.getOrDefault(rung, i);
                    }
                    String item = (staffFile ? "staff[" : "responsibilityChain[") + i + "]";
                    return p.field().isEmpty() ? item : item + "." + camel(p.field());
                }
                first += count;
            }
        }
        if (p.location().equals("grid " + code.value())) {
            return "responsibilityChain";
        }
        return "directory: " + fieldOf(p);
    }

    private static String camel(String column) {
        return switch (column) {
            case "person_id" -> "personId";
            case "name" -> "displayName";
            case "rung" -> "role";
            default -> column;
        };
    }

    // ---- uploads

    /** What an upload brought: the district's files and, for an import, the form fields. */
    record Upload(DistrictFiles files, Optional<String> reason, LocalDate effectiveFrom, boolean dryRun) {}

    /** The upload of a district administrator; any refusal first drops what the client still sends. */
    private Upload authorisedUpload(Exchange ex, boolean isImport) throws IOException {
        try {
            districtAdministrator(ex);
            return upload(ex, isImport);
        } catch (ProblemException refused) {
            // A client still sending when the answer comes would see a broken pipe instead.
            try (InputStream in = ex.bodyStream()) {
                MediaRoutes.drain(in);
            } catch (IOException | IllegalStateException gone) {
                // The body is already closed: nothing to drop.
            }
            throw refused;
        }
    }

    private Upload upload(Exchange ex, boolean isImport) throws IOException {
        String contentType = ex.header("Content-Type").orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ProblemException.of(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the district's files as multipart/form-data, one part named file per file (or one .zip), not "
                            + (contentType.isBlank() ? "no Content-Type" : contentType));
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw ProblemException.invalid("Content-Type", "multipart/form-data needs a boundary parameter");
        }
        String boundary = m.group(1) != null ? m.group(1) : m.group(2);
        List<MediaRoutes.Multipart.Part> parts;
        try (InputStream in = ex.bodyStream()) {
            parts = new MediaRoutes.Multipart(in, boundary, maxUploadBytes, MAX_PARTS)
                    .parts(
                            FORM_FIELDS::contains,
                            "parts are named file (the district's files), reason, effectiveFrom or dryRun");
        }
        Fields f = new Fields();
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> form = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            MediaRoutes.Multipart.Part part = parts.get(i);
            if (!part.name().equals("file")) {
                if (form.put(part.name(), new String(part.bytes(), StandardCharsets.UTF_8).strip()) != null) {
                    f.fail(part.name(), "is given twice");
                }
                continue;
            }
            String field = "file[" + i + "]";
            total += part.bytes().length;
            if (total > maxUploadBytes) {
                throw MediaRoutes.tooLarge("file", maxUploadBytes);
            }
            String name = baseName(part.filename().orElse(""));
            if (name.isEmpty()) {
                f.fail(field, "has no file name; name each part's file (filename=\"grids.geojson\", ...)");
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                requireContent(field, name, part.bytes());
                unzip(field, part.bytes(), files, f);
            } else if (!districtFile(name)) {
                f.fail(
                        field,
                        "'" + name + "' is not a district file; send grids.geojson and staff, responsibility,"
                                + " departments, duty-rules as .csv or .xlsx, or one .zip of them");
            } else {
                requireContent(field, name, part.bytes());
                if (files.put(name, part.bytes()) != null) {
                    f.fail(field, name + " is given twice");
                }
            }
        }
        if (files.isEmpty() && parts.stream().noneMatch(p -> p.name().equals("file"))) {
            f.fail("file", "send the district's files, one part named file per file (or one .zip)");
        }
        Optional<String> reason = Optional.ofNullable(form.get("reason")).filter(r -> !r.isEmpty());
        LocalDate effectiveFrom = LocalDate.now(clock.withZone(json.zone()));
        boolean dryRun = false;
        if (isImport) {
            if (reason.isEmpty()) {
                f.fail(
                        "reason",
                        "say why the directory changes (a part named reason, 1-" + DirectoryChange.MAX_REASON_LENGTH
                                + " characters)");
            } else if (reason.get().length() > DirectoryChange.MAX_REASON_LENGTH) {
                f.fail("reason", "at most " + DirectoryChange.MAX_REASON_LENGTH + " characters");
            }
            if (form.containsKey("effectiveFrom")) {
                effectiveFrom =
                        f.date("effectiveFrom", form.get("effectiveFrom")).orElse(effectiveFrom);
            }
            String dry = form.getOrDefault("dryRun", "false");
            if (!dry.equals("true") && !dry.equals("false")) {
                f.fail("dryRun", "must be true or false");
            }
            dryRun = dry.equals("true");
        } else {
            for (String field : form.keySet()) {
                f.fail(field, "a validation takes only the files");
            }
        }
        f.check(isImport ? "district import" : "district validation");
        return new Upload(DistrictFiles.of(files), reason, effectiveFrom, dryRun);
    }

    private static boolean districtFile(String name) {
        if (name.equals("grids.geojson") || name.equals("calendar.txt")) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && TABLES.contains(name.substring(0, dot)) && (name.endsWith(".csv") || name.endsWith(".xlsx"));
    }

    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).strip();
    }

    /** Refuses (415) a file whose bytes are not what its name says, read from the bytes. */
    private static void requireContent(String field, String name, byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        String why = null;
        if (name.endsWith(".zip") || name.endsWith(".xlsx")) {
            if (!zip) {
                why = name + " is not a zip archive (an .xlsx workbook is one)";
            }
        } else if (name.endsWith(".geojson")) {
            int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
            while (i < bytes.length && Character.isWhitespace(bytes[i])) {
                i++;
            }
            if (i >= bytes.length || bytes[i] != '{') {
                why = name + " is not a JSON object (a GeoJSON FeatureCollection starts with {)";
            }
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            for (byte b : bytes) {
                if (b == 0) {
                    why = name + " holds NUL bytes: it is not text (send .csv as text, or the workbook as .xlsx)";
                    break;
                }
            }
            if (zip) {
                why = name + " is a zip archive (an .xlsx workbook?), not CSV text; name it .xlsx";
            }
        }
        if (why != null) {
            throw new ProblemException(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    why + " (read from the bytes, not from the part's Content-Type)",
                    List.of(new FieldError(field, why)),
                    Optional.empty(),
                    Map.of());
        }
    }

    private void unzip(String field, byte[] zipBytes, Map<String, byte[]> files, Fields f) throws IOException {
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw ProblemException.invalid(field, "the .zip holds more than " + MAX_ZIP_ENTRIES + " entries");
                }
                String name = baseName(entry.getName());
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/") || !districtFile(name)) {
                    continue; // other files of a folder are ignored, as on the command line
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    // Counted as inflated, so a small archive cannot expand past the limit.
                    if (total > maxUploadBytes) {
                        throw MediaRoutes.tooLarge(field, maxUploadBytes);
                    }
                    out.write(buffer, 0, read);
                }
                String at = field + ":" + name;
                requireContent(at, name, out.toByteArray());
                if (files.put(name, out.toByteArray()) != null) {
                    f.fail(at, name + " is given twice");
                }
            }
        } catch (IOException e) {
            // The archive is in memory: any failure to read it is its own fault (truncated, not deflate, ...).
            throw ProblemException.invalid(field, "the .zip cannot be read: " + e.getMessage());
        }
    }
}
