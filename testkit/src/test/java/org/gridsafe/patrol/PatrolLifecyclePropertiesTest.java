package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseId;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Model-based: random runs of commands by random actors at random days against a plain model of the
 * occurrence table and its access rules. The decider must accept exactly what the model accepts, refuse
 * with the model's reason otherwise, end in the model's state, never leave a final state, and its history
 * must replay to the occurrence it returned (QuickTheories shrinks a failing run to a short one).
 */
class PatrolLifecyclePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 300);
    private static final List<Actor> ACTORS = List.of(PATROLLER, OTHER_STAFF, jinqiaoCommandCenter(), Actor.SYSTEM);
    private static final PatrolRules RULES = PatrolRules.standard();

    /** One step: command kind (0 check-in, 1 submit, 2 submit with a failure, 3 skip, 4 mark missed, 5 link finding), actor, day. */
    private record Move(int kind, int actor, int day) {}

    private static Gen<Move> moves() {
        return integers().between(0, 5).zip(integers().between(0, 3), integers().between(0, 40), Move::new);
    }

    private enum Refusal {
        NONE,
        ACCESS,
        STATE,
        FIELD
    }

    /** The model: who may do what, in which state. */
    private static final class Model {
        OccurrenceState state = OccurrenceState.SCHEDULED;
        int pending;

        Refusal apply(Move m, Instant now, Instant windowEnd) {
            boolean patroller = m.actor() == 0;
            boolean center = m.actor() == 2;
            boolean system = m.actor() == 3;
            boolean open = state == OccurrenceState.SCHEDULED || state == OccurrenceState.CHECKED_IN;
            switch (m.kind()) {
                case 0 -> {
                    if (!patroller) return Refusal.ACCESS;
                    if (!open) return Refusal.STATE;
                    state = OccurrenceState.CHECKED_IN;
                }
                case 1, 2 -> {
                    if (!patroller) return Refusal.ACCESS;
                    if (state != OccurrenceState.CHECKED_IN) return Refusal.STATE;
                    state = OccurrenceState.DONE;
                    pending = m.kind() == 2 ? 1 : 0;
                }
                case 3 -> {
                    if (!patroller && !center) return Refusal.ACCESS;
                    if (!open) return Refusal.STATE;
                    state = OccurrenceState.SKIPPED;
                }
                case 4 -> {
                    if (!center && !system) return Refusal.ACCESS;
                    if (!open) return Refusal.STATE;
                    if (now.isBefore(windowEnd)) return Refusal.FIELD;
                    state = OccurrenceState.MISSED;
                }
                default -> {
                    if (!patroller) return Refusal.ACCESS;
                    if (state != OccurrenceState.DONE || pending == 0) return Refusal.STATE;
                    pending--;
                }
            }
            return Refusal.NONE;
        }
    }

    private static PatrolCommand command(Move m, OccurrenceId id, Instant now) {
        return switch (m.kind()) {
            case 0 ->
                new PatrolCommand.RecordCheckIn(
                        id,
                        OptionalLong.empty(),
                        now,
                        CheckInMethod.GPS,
                        Optional.of(new GeoPoint(120.02 + m.day() * 0.001, 31.02)),
                        Optional.of(5.0),
                        Optional.empty(),
                        Optional.empty());
            case 1 -> new PatrolCommand.Submit(id, OptionalLong.empty(), answers(), List.of(), List.of());
            case 2 ->
                new PatrolCommand.Submit(
                        id,
                        OptionalLong.empty(),
                        answers("T07"),
                        List.of(),
                        List.of(new FindingReport(
                                "T07", SafetyDomain.FIRE, PROTECTION_DEFECT, HazardGrade.GENERAL, Optional.empty())));
            case 3 -> new PatrolCommand.Skip(id, OptionalLong.empty(), "停业");
            case 4 -> new PatrolCommand.MarkMissed(id, now);
            default -> new PatrolCommand.RecordFinding(id, "T07", CaseId.of("C-" + m.day()));
        };
    }

    @Test
    void theDeciderFollowsTheModel() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(moves()).ofSizeBetween(1, 12))
                .checkAssert(run -> {
                    PatrolDecider decider = new PatrolDecider(AccessPolicy.standard());
                    PatrolEvent.Scheduled s = scheduled("PL-1", JINQIAO_MICRO_1, PATROLLER.id(), PLAN);
                    OccurrenceId id = idOf(s);
                    PatrolDecision first = decider.decide(
                            Actor.SYSTEM, new PatrolCommand.Schedule(id, s), Optional.empty(), RULES, s.windowStart());
                    PatrolOccurrence o = first.occurrence();
                    List<RecordedPatrolEvent> history = new ArrayList<>(first.events());
                    Model model = new Model();
                    for (Move m : run) {
                        Instant now =
                                s.windowStart().plus(Duration.ofDays(m.day())).plusSeconds(3600);
                        OccurrenceState before = o.state();
                        Refusal expected = model.apply(m, now, s.windowEnd());
                        Refusal actual;
                        try {
                            PatrolDecision d = decider.decide(
                                    ACTORS.get(m.actor()), command(m, id, now), Optional.of(o), RULES, now);
                            assertThat(d.expectedVersion()).isEqualTo(o.version());
                            assertThat(d.occurrence().version()).isEqualTo(o.version() + 1);
                            history.addAll(d.events());
                            o = d.occurrence();
                            actual = Refusal.NONE;
                        } catch (PatrolAccessDeniedException e) {
                            actual = Refusal.ACCESS;
                        } catch (WrongPatrolStateException e) {
                            actual = Refusal.STATE;
                        } catch (InvalidPatrolException e) {
                            actual = Refusal.FIELD;
                        }
                        assertThat(actual)
                                .as("%s by %s in %s", m, ACTORS.get(m.actor()), before)
                                .isEqualTo(expected);
                        assertThat(o.state()).isEqualTo(model.state);
                        if (before.ended()) {
                            assertThat(o.state())
                                    .as("a final state is never left")
                                    .isEqualTo(before);
                        }
                        if (o.state() == OccurrenceState.MISSED) {
                            assertThat(history.get(history.size() - 1).at()).isAfterOrEqualTo(s.windowEnd());
                        }
                    }
                    assertThat(PatrolOccurrence.replay(history)).isEqualTo(o);
                    assertThat(o.findings().stream().filter(Finding::pending).count())
                            .isEqualTo(model.pending);
                });
    }
}
