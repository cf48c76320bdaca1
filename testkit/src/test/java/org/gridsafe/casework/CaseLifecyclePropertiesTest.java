package org.gridsafe.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.LifecycleSteps.Proceed;
import org.gridsafe.casework.LifecycleSteps.Step;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The six-step loop as a state machine: random sequences of commands by random actors, run through
 * the real {@code GridSafe}/{@code Casework} (in-memory store, an adjustable clock that crosses
 * weekends and the sample district's mid-week holiday) beside a small reference model
 * ({@link LifecycleModel}). After every step:
 *
 * <ol>
 *   <li>only {@link Lifecycle} transitions happen, and the model predicts the resulting case;
 *   <li>replaying the stored events gives the stored case, and the case the command returned;
 *   <li>closed, rejected and merged cases refuse every command and stay as they are;
 *   <li>an open case has a deadline, a finished one none;
 *   <li>escalation rungs only rise within a step and start again at NONE on a state change;
 *   <li>commands the model's own access rules refuse fail with {@link AccessDeniedException} and
 *       change nothing;
 *   <li>versions rise by exactly one per event, without gaps;
 *   <li>the hash chain verifies ({@link CaseAudit});
 *   <li>every escalation has a recipient, the person the model predicts (the run's district has
 *       vacant rungs, so escalation climbs the chain and the parent grids);
 * </ol>
 *
 * and the model predicts every refusal: wrong state, stale expected version, invalid input, unknown
 * case. {@code escalateOverdue(now)} run twice with the same time writes nothing the second time. A
 * second property tampers with one event's text in a recorded log and expects the audit to find it.
 *
 * <p><b>Reading a failure.</b> QuickTheories shrinks the failing sequence and prints it (each step's
 * {@code toString}, see {@link LifecycleSteps}), the cause (which step broke what, with the run's
 * trace: the clock, what each step resolved to, and how it ended) and the seed ({@code Seed was ...}).
 *
 * <p><b>Replaying a seed.</b> Either add {@code .withFixedSeed(<seed>L)} after {@code qt()} in the
 * property below, or pass it on the command line, keeping the same number of sequences:
 *
 * <pre>
 * ./mvnw -pl core test -Dtest=CaseLifecyclePropertiesTest -DQT_SEED=&lt;seed&gt; [-Dgridsafe.qt.sequences=N]
 * </pre>
 *
 * QuickTheories reads the system property {@code QT_SEED} the same way as {@code withFixedSeed}.
 * The number of sequences is {@code gridsafe.qt.sequences} (10,000 by default; {@code -Pthorough}
 * sets 100,000).
 */
class CaseLifecyclePropertiesTest {

    private static final int SEQUENCES = Integer.getInteger("gridsafe.qt.sequences", 10000);

    private static final Gen<List<Step>> RUNS =
            lists().of(LifecycleSteps.steps()).ofSizeBetween(1, 25).describedAs(LifecycleSteps::describe);

    @Test
    void everyStepKeepsTheLoopsInvariantsAndMatchesTheModel() {
        qt().withExamples(SEQUENCES).forAll(RUNS).checkAssert(LifecycleRun::of);
    }

    /**
     * The runs reach every way a case gets its major-hazard criterion: linked in the report, kept
     * or linked at registration, linked to an open case or replaced by the change command, and
     * removed by a downgrade. A fixed seed, so a generator that stops reaching one fails every time.
     */
    @Test
    void theRunsLinkCriteriaAtReportAndRegistrationAndChangeThem() {
        java.util.Set<String> reached = new java.util.TreeSet<>();
        qt().withFixedSeed(20261201L)
                .withExamples(Math.max(500, SEQUENCES / 10))
                .forAll(RUNS)
                .checkAssert(steps -> {
                    LifecycleRun run = LifecycleRun.of(steps);
                    for (LifecycleModel.ModelCase c : run.cases) {
                        boolean linkedAtReport = false;
                        for (RecordedEvent r : run.store.load(c.id)) {
                            CaseEvent e = r.event();
                            if (e instanceof CaseReported reported
                                    && reported.majorHazardCriterion().isPresent()) {
                                linkedAtReport = true;
                                reached.add("linked at report");
                            } else if (e instanceof CaseRegistered registered) {
                                if (registered.majorHazardCriterion().isPresent()) {
                                    reached.add("linked at registration");
                                } else if (linkedAtReport) {
                                    reached.add("registered keeping the report's link");
                                }
                            } else if (e instanceof MajorHazardCriterionChanged changed) {
                                reached.add(changed.previous().isPresent() ? "replaced" : "linked to an open case");
                            } else if (e instanceof MajorHazardDowngraded downgraded
                                    && downgraded.criterion().isPresent()) {
                                reached.add("a linked case downgraded");
                            }
                        }
                    }
                });
        assertThat(reached)
                .containsExactlyInAnyOrder(
                        "linked at report",
                        "linked at registration",
                        "registered keeping the report's link",
                        "linked to an open case",
                        "replaced",
                        "a linked case downgraded");
    }

    /**
     * A run through the escalation of an overdue major-hazard report (random runs reach it seldom):
     * a major hazard dispatched, its department report left overdue, two scans climbing its own
     * ladder, then a late filing; the model predicts every event and the invariants hold.
     */
    @Test
    void anOverdueMajorHazardReportEscalatesAsTheModelPredictsAndIsFiledLate() {
        List<Step> steps = List.of(
                new LifecycleSteps.ReportStep(new LifecycleSteps.ReportSpec(
                        0,
                        Optional.empty(),
                        "home",
                        org.gridsafe.hazard.SafetyDomain.PRODUCTION,
                        "2102",
                        org.gridsafe.hazard.HazardGrade.MAJOR,
                        LifecycleSteps.Text.OK,
                        Optional.of(LifecycleModel.ENTERPRISE_A))),
                new Proceed(0, 0, true),
                new Proceed(0, 0, true),
                new LifecycleSteps.AdvanceClock(java.time.Duration.ofDays(4)),
                new LifecycleSteps.EscalateOverdue(),
                new LifecycleSteps.AdvanceClock(java.time.Duration.ofDays(3)),
                new LifecycleSteps.EscalateOverdue(),
                new LifecycleSteps.FileReportStep(
                        0,
                        new LifecycleSteps.Who(false, 0),
                        LifecycleSteps.Seen.CURRENT,
                        Optional.of(MajorHazardReportKind.SUPERVISING_DEPARTMENT),
                        LifecycleSteps.Text.OK,
                        LifecycleSteps.Text.OK));

        LifecycleRun run = LifecycleRun.of(steps);

        List<CaseEvent> events = run.log(0).stream().map(RecordedEvent::event).toList();
        assertThat(events)
                .filteredOn(MajorHazardReportEscalated.class::isInstance)
                .extracting(e -> ((MajorHazardReportEscalated) e).rung())
                .as("the trace: %s", run.trace())
                .startsWith(EscalationRung.SPECIFIC, EscalationRung.IN_CHARGE)
                .doesNotHaveDuplicates();
        assertThat(events.get(events.size() - 1))
                .isInstanceOfSatisfying(
                        MajorHazardReportFiled.class,
                        f -> assertThat(f.onTime()).isFalse());
    }

    @Test
    void tamperingWithTheTextOfAnyOneRecordedEventBreaksTheHashChain() {
        qt().withExamples(Math.max(100, SEQUENCES / 50))
                .forAll(
                        lists().of(LifecycleSteps.steps()).ofSizeBetween(0, 12).describedAs(LifecycleSteps::describe),
                        Generate.range(0, 20),
                        Generate.range(0, 40),
                        Generate.booleans())
                .checkAssert((steps, caseRef, eventRef, rehash) -> {
                    // Start with one case, so there is always a log to tamper with.
                    List<Step> withACase = new ArrayList<>();
                    withACase.add(new Proceed(0, 0, true));
                    withACase.addAll(steps);
                    List<RecordedEvent> log = LifecycleRun.of(withACase).log(caseRef);
                    int index = eventRef % log.size();
                    // Re-hashing the altered event moves the break to the next link; the last
                    // event has no next link, which is why stores anchor the head elsewhere.
                    boolean rehashed = rehash && index < log.size() - 1;
                    List<RecordedEvent> tampered = new ArrayList<>(log);
                    tampered.set(index, tamper(log.get(index), rehashed));

                    AuditResult result = CaseAudit.verify(tampered);

                    assertThat(result.intact())
                            .as("audit of a log whose v%d was altered%s", index + 1, rehashed ? " and re-hashed" : "")
                            .isFalse();
                    assertThat(result.firstBrokenVersion()).contains((long) index + 1 + (rehashed ? 1 : 0));
                });
    }

    /** The event with one text changed (the first text field it has, or else its actor id). */
    static RecordedEvent tamper(RecordedEvent recorded, boolean rehash) {
        Optional<CaseEvent> altered = withFirstTextChanged(recorded.event());
        CaseEvent event = altered.orElse(recorded.event());
        String actorId = altered.isPresent() ? recorded.actorId() : recorded.actorId() + "x";
        if (rehash) {
            return RecordedEvent.record(
                    recorded.caseId(), recorded.version(), recorded.at(), actorId, event, recorded.previousHash());
        }
        return new RecordedEvent(
                recorded.caseId(),
                recorded.version(),
                recorded.at(),
                actorId,
                event,
                recorded.previousHash(),
                recorded.hash());
    }

    private static Optional<CaseEvent> withFirstTextChanged(CaseEvent event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(event);
                if (!changed && values[i] instanceof String text) {
                    values[i] = text + "（改）";
                    changed = true;
                } else if (!changed
                        && values[i] instanceof Optional<?> optional
                        && optional.isPresent()
                        && optional.get() instanceof String text) {
                    values[i] = Optional.of(text + "（改）");
                    changed = true;
                }
            }
            if (!changed) {
                return Optional.empty();
            }
            Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
            return Optional.of((CaseEvent) canonical.newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + event, e);
        }
    }
}
