package org.gridsafe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridsafe.Patrols;
import org.gridsafe.access.Actor;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.FailureSuggestion;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.patrol.Advice;
import org.gridsafe.patrol.AdviceKind;
import org.gridsafe.patrol.CheckInMethod;
import org.gridsafe.patrol.FindingReport;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPeriod;
import org.gridsafe.patrol.PatrolPlan;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolTarget;

/**
 * The demo district's patrol plans ({@code demo-patrol-plans.csv}, a resource of this package) and a
 * month of patrol history generated from {@link #SEED} relative to the day of loading: the plans run
 * for every period of the last {@value #HISTORY_DAYS} days, and each occurrence is patrolled (check-in,
 * checklist answers, findings that become cases), skipped or left to be missed, as a seeded draw per
 * occurrence decides. Everything goes through {@link Patrols} on a clock that is moved along the
 * month, so the history is what a month of real use would have written. Visits that fall after the
 * moment of loading are left open for the patrol terminal.
 */
public final class DemoPatrols {

    static final String PLANS = "demo-patrol-plans.csv";

    /** The history's seed: the same seed and the same day of loading give the same month. */
    public static final long SEED = 20261202L;

    /** How far back the history reaches, in days before the day of loading. */
    public static final int HISTORY_DAYS = 30;

    // The outcome mix, failure rates and check-in methods are the project's own choice for the demo
    // (believable figures, not measured ones).
    static final double SKIPPED_SHARE = 0.06;
    static final double MISSED_SHARE = 0.14;
    static final double ITEM_FAIL = 0.035;
    static final double MAJOR_ITEM_FAIL = 0.002;
    static final double NOT_APPLICABLE = 0.04;
    static final double FIXED_ON_SPOT = 0.7;

    private static final String[] SKIP_REASONS = {"场所停业装修，暂停营业", "经营者外出，闭门歇业", "场所已搬迁，待核实新址"};

    private DemoPatrols() {}

    /** What a load wrote. */
    public record History(int plans, int occurrences, int done, int skipped, int checkIns, int findings) {}

    /** The plans of the data file, in file order. */
    public static List<PatrolPlan> plans() {
        List<PatrolPlan> plans = new ArrayList<>();
        List<String> lines = lines();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 10) {
                throw new IllegalStateException(PLANS + " line " + (i + 1) + ": 10 fields expected, got " + f.length);
            }
            plans.add(new PatrolPlan(
                    PatrolPlanId.of(f[0]),
                    f[1],
                    GridCode.parse(f[2]),
                    new PatrolTarget(list(f[3]), list(f[4])),
                    PatrolFrequency.valueOf(f[5]),
                    f[6].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[6])),
                    ChecklistRef.parse(f[7]),
                    GridRole.valueOf(f[8]),
                    f[9]));
        }
        return plans;
    }

    /**
     * Saves the plans and writes the month of history when none of the plans is stored yet (a later
     * start finds them and writes nothing). {@code patrolsAt} builds the patrol service, with its
     * casework, on the clock it is given; {@code center} schedules and skips, the assigned staff
     * member checks in and submits, the system records missed patrols once a day.
     *
     * @return what was written, or empty when the plans were already there
     */
    public static Optional<History> load(
            Function<Clock, Patrols> patrolsAt, Actor center, LocalDate today, ZoneId zone, Instant now) {
        MovingClock clock = new MovingClock(zone, now);
        Patrols patrols = patrolsAt.apply(clock);
        List<PatrolPlan> plans = plans();
        if (!patrols.plans(center).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Generator(patrols, clock, center, today, zone, now).run(plans));
    }

    /**
     * {@link #load} on the demo server's storage: the history's cases are written by a {@code GridSafe}
     * over the same stores on the moving clock, so they carry the days they were found.
     */
    static Optional<History> loadInto(
            org.gridsafe.jdbc.JdbcGridSafeStorage storage,
            org.gridsafe.port.MediaStore media,
            Actor center,
            ZoneId zone,
            Clock realClock) {
        Instant now = realClock.instant();
        Function<Clock, Patrols> patrolsAt = clock -> {
            org.gridsafe.GridSafe gridSafe = org.gridsafe.GridSafe.builder()
                    .directory(storage.directory())
                    .caseStore(storage.caseStore())
                    .caseQueries(storage.caseQueries())
                    .caseStatistics(storage.caseStatistics())
                    .idGenerator(storage.idGenerator(zone))
                    .mediaStore(media)
                    .entityRegistry(storage.entityRegistry())
                    .majorHazardReturnStore(storage.majorHazardReturns())
                    .clock(clock)
                    .build();
            return Patrols.builder()
                    .store(storage.patrolStore())
                    .tracks(storage.patrolTrackStore())
                    .entities(storage.entityRegistry())
                    .directory(storage.directory())
                    .casework(gridSafe.casework())
                    .clock(clock)
                    .zone(zone)
                    .build();
        };
        return load(patrolsAt, center, LocalDate.ofInstant(now, zone), zone, now);
    }

    /** A clock the generator moves along the month. */
    static final class MovingClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now;

        MovingClock(ZoneId zone, Instant now) {
            this.zone = zone;
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovingClock(other, now);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One step of the month, in time order (ties in the order they were added). */
    private record Step(Instant at, long order, Runnable action) {}

    private static final class Generator {
        private final Patrols patrols;
        private final MovingClock clock;
        private final Actor center;
        private final LocalDate today;
        private final ZoneId zone;
        private final Instant now;
        private final PriorityQueue<Step> steps = new PriorityQueue<>(
                (a, b) -> a.at().equals(b.at()) ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        private long order;
        private int occurrences;
        private int done;
        private int skipped;
        private int checkIns;
        private int findings;

        Generator(Patrols patrols, MovingClock clock, Actor center, LocalDate today, ZoneId zone, Instant now) {
            this.patrols = patrols;
            this.clock = clock;
            this.center = center;
            this.today = today;
            this.zone = zone;
            this.now = now;
        }

        History run(List<PatrolPlan> plans) {
            LocalDate first = today.minusDays(HISTORY_DAYS);
            LocalDate earliest = first;
            for (PatrolPlan plan : plans) {
                earliest = min(earliest, plan.frequency().periodOf(first).start());
            }
            clock.set(at(earliest, 6, 0));
            for (PatrolPlan plan : plans) {
                patrols.savePlan(center, plan, 0);
            }
            for (PatrolPlan plan : plans) {
                Set<PatrolPeriod> periods = new LinkedHashSet<>();
                for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
                    periods.add(plan.frequency().periodOf(d));
                }
                for (PatrolPeriod period : periods) {
                    Instant when = at(period.start(), 7, 0);
                    add(when.isBefore(now) ? when : now, () -> schedule(plan, period));
                }
            }
            for (LocalDate d = earliest.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
                Instant run = at(d, 1, 0);
                if (run.isBefore(now)) {
                    add(run, () -> patrols.markMissed(Actor.SYSTEM, clock.instant()));
                }
            }
            while (!steps.isEmpty()) {
                Step step = steps.poll();
                clock.set(step.at());
                step.action().run();
            }
            clock.set(now);
            return new History(plans.size(), occurrences, done, skipped, checkIns, findings);
        }

        private void add(Instant at, Runnable action) {
            steps.add(new Step(at, order++, action));
        }

        private void schedule(PatrolPlan plan, PatrolPeriod period) {
            for (OccurrenceId id :
                    patrols.schedule(center, plan.id(), period.start()).created()) {
                occurrences++;
                PatrolOccurrence o = patrols.get(center, id);
                // One draw per occurrence, from its id: the same occurrence always gets the same fate.
                SplittableRandom random =
                        new SplittableRandom(SEED * 31 + id.value().hashCode());
                Instant start = o.scheduled().windowStart();
                Instant end = o.scheduled().windowEnd();
                long windowDays = Math.max(1, Duration.between(start, end).toDays());
                Instant visit = start.plus(Duration.ofDays(random.nextLong(windowDays)))
                        .plus(Duration.ofMinutes(9 * 60 + random.nextInt(8 * 60)));
                double fate = random.nextDouble();
                if (fate < SKIPPED_SHARE) {
                    if (visit.isBefore(now)) {
                        String reason = SKIP_REASONS[random.nextInt(SKIP_REASONS.length)];
                        add(visit, () -> {
                            patrols.skip(center, new PatrolCommand.Skip(id, OptionalLong.empty(), reason));
                            skipped++;
                        });
                    }
                } else if (fate >= SKIPPED_SHARE + MISSED_SHARE) {
                    Instant submitted = visit.plus(Duration.ofMinutes(20 + random.nextInt(30)));
                    if (submitted.isBefore(now)) {
                        Actor staff = Actor.gridStaff(
                                o.assignee(), "网格安全员", o.scheduled().grid());
                        long seed = random.nextLong();
                        add(visit, () -> checkIn(staff, o, new SplittableRandom(seed)));
                        add(submitted, () -> submit(staff, o, new SplittableRandom(seed + 1)));
                    }
                }
                // Otherwise nobody comes: the daily run records it missed once its window has closed.
            }
        }

        private void checkIn(Actor staff, PatrolOccurrence o, SplittableRandom random) {
            GeoPoint premises = o.scheduled().premises();
            double roll = random.nextDouble();
            PatrolCommand.RecordCheckIn command;
            if (roll < 0.15) {
                command = new PatrolCommand.RecordCheckIn(
                        o.id(),
                        OptionalLong.empty(),
                        clock.instant(),
                        CheckInMethod.QR_AT_PREMISES,
                        Optional.of(near(premises, 15, random)),
                        Optional.of(12.0),
                        Optional.of(o.scheduled().entity().value()),
                        Optional.empty());
            } else if (roll < 0.20) {
                byte[] hash = new byte[32];
                random.nextBytes(hash);
                command = new PatrolCommand.RecordCheckIn(
                        o.id(),
                        OptionalLong.empty(),
                        clock.instant(),
                        CheckInMethod.PHOTO_REVIEW,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("sha256:" + HexFormat.of().formatHex(hash)));
            } else {
                // Now and then the terminal's fix is far off (a flag for the command center to see).
                double spread = random.nextDouble() < 0.06 ? 450 : 25;
                command = new PatrolCommand.RecordCheckIn(
                        o.id(),
                        OptionalLong.empty(),
                        clock.instant(),
                        CheckInMethod.GPS,
                        Optional.of(near(premises, spread, random)),
                        Optional.of(5.0 + random.nextInt(30)),
                        Optional.empty(),
                        Optional.empty());
            }
            patrols.checkIn(staff, command);
            checkIns++;
        }

        private void submit(Actor staff, PatrolOccurrence o, SplittableRandom random) {
            Checklist checklist =
                    patrols.rules().checklists().require(o.scheduled().checklist());
            List<ChecklistItem> items = checklist.applicableTo(
                    o.scheduled().entityKinds(), o.scheduled().sectors());
            List<ChecklistAnswer> answers = new ArrayList<>();
            List<FindingReport> reports = new ArrayList<>();
            for (ChecklistItem item : items) {
                boolean major = item.onFail().kind() == FailureSuggestion.Kind.MAJOR_CANDIDATE;
                double roll = random.nextDouble();
                if (roll < (major ? MAJOR_ITEM_FAIL : ITEM_FAIL)) {
                    answers.add(ChecklistAnswer.of(item.code(), Verdict.FAIL).with(List.of(), "现场发现：" + item.text()));
                    boolean management = item.code().startsWith("M");
                    Optional<String> fixed = item.fixableOnSpot() && random.nextDouble() < FIXED_ON_SPOT
                            ? Optional.of("当场督促整改完毕，已拍照留存")
                            : Optional.empty();
                    reports.add(new FindingReport(
                            item.code(),
                            o.scheduled().entityKinds().contains("PRODUCTION_UNIT")
                                    ? SafetyDomain.PRODUCTION
                                    : SafetyDomain.FIRE,
                            HazardCode.parse(management ? "43" : "2102"),
                            major ? HazardGrade.MAJOR : HazardGrade.GENERAL,
                            fixed));
                } else {
                    answers.add(ChecklistAnswer.of(
                            item.code(), roll > 1 - NOT_APPLICABLE ? Verdict.NOT_APPLICABLE : Verdict.PASS));
                }
            }
            List<Advice> advice = reports.isEmpty()
                    ? List.of(new Advice(AdviceKind.NOTICE, "告知经营者落实安全生产主体责任，保持消防通道畅通"))
                    : List.of(new Advice(AdviceKind.RECTIFICATION_PROMPT, "对不合格项提示整改，网格员将跟踪复查"));
            patrols.submit(staff, new PatrolCommand.Submit(o.id(), OptionalLong.empty(), answers, advice, reports));
            done++;
            findings += reports.size();
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(hour, minute).atZone(zone).toInstant();
        }
    }

    /** A point about {@code meters} from {@code p} in a random direction. */
    private static GeoPoint near(GeoPoint p, double meters, SplittableRandom random) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = meters * (0.5 + random.nextDouble() / 2);
        double dLat = distance * Math.cos(angle) / 111_320.0;
        double dLon = distance * Math.sin(angle) / (111_320.0 * Math.cos(Math.toRadians(p.latitude())));
        return new GeoPoint(p.longitude() + dLon, p.latitude() + dLat);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Set<String> list(String field) {
        return field.isEmpty()
                ? Set.of()
                : Arrays.stream(field.split(";")).map(String::strip).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines() {
        try (InputStream in = DemoPatrols.class.getResourceAsStream(PLANS)) {
            if (in == null) {
                throw new IllegalStateException("missing demo data file " + PLANS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
