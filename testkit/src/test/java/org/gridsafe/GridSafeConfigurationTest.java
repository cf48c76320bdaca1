package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CaseStore;
import org.junit.jupiter.api.Test;

/** {@link GridSafe.Builder#build()} names every configuration problem at once, before anything runs. */
class GridSafeConfigurationTest {

    /** A store that says it survives restarts (as the JDBC store does), over memory. */
    private static final class DurableStore implements CaseStore {
        final InMemoryCaseStore memory = new InMemoryCaseStore();

        @Override
        public List<RecordedEvent> load(CaseId caseId) {
            return memory.load(caseId);
        }

        @Override
        public void append(CaseChange change) {
            memory.append(change);
        }

        @Override
        public boolean durable() {
            return true;
        }
    }

    /** Filed major-hazard returns that say they survive restarts, over memory. */
    private static final class DurableReturns implements org.gridsafe.port.MajorHazardReturnStore {
        final org.gridsafe.memory.InMemoryMajorHazardReturns memory =
                new org.gridsafe.memory.InMemoryMajorHazardReturns();

        @Override
        public boolean file(org.gridsafe.stats.MajorHazardReturn filed) {
            return memory.file(filed);
        }

        @Override
        public Optional<org.gridsafe.stats.MajorHazardReturn> find(
                org.gridsafe.grid.GridCode scope, org.gridsafe.duty.ReturnPeriod period) {
            return memory.find(scope, period);
        }

        @Override
        public List<org.gridsafe.stats.MajorHazardReturn> filed(org.gridsafe.grid.GridCode scope) {
            return memory.filed(scope);
        }

        @Override
        public boolean durable() {
            return true;
        }
    }

    private static List<String> problems(GridSafe.Builder builder) {
        GridSafeConfigurationException e = catchThrowableOfType(GridSafeConfigurationException.class, builder::build);
        assertThat(e).as("build() must refuse this configuration").isNotNull();
        assertThat(e.getMessage()).contains(e.problems().size() + " problem");
        return e.problems();
    }

    @Test
    void theSampleDistrictIsAWorkingConfiguration() {
        assertThatCode(() -> GridSafe.builder().directory(directory()).build()).doesNotThrowAnyException();
    }

    @Test
    void aStepWithoutATimeLimitIsNamedForEachGrade() {
        // (TimeLimits itself refuses a step limited for one grade only.)
        TimeLimits limits = TimeLimits.builder()
                .limit(WorkflowStep.REGISTER, TimeLimit.workingHours(2))
                .limit(WorkflowStep.DISPATCH, TimeLimit.workingHours(2))
                .limit(WorkflowStep.RECTIFY, TimeLimit.workingDays(3))
                .limit(WorkflowStep.VERIFY, TimeLimit.workingDays(1))
                .build();
        List<String> problems = problems(
                GridSafe.builder().directory(new InMemoryGridDirectory(grids(), dutyMatrix(), limits, calendar())));
        assertThat(problems)
                .containsExactly(
                        "time limits: none for step CLOSE (结案评价) and grade GENERAL; every case of that"
                                + " grade would fail when it reaches the step",
                        "time limits: none for step CLOSE (结案评价) and grade MAJOR; every case of that"
                                + " grade would fail when it reaches the step");
    }

    @Test
    void aDutyMatrixGapForADomainItRoutesIsNamedWithExampleHazards() {
        DutyMatrix majorFireOnly = DutyMatrix.builder()
                .department(
                        new Department(FIRE_BRIGADE, "消防救援大队", "Fire and Rescue Brigade", Set.of(SafetyDomain.FIRE)))
                .rule(new DutyRule(
                        SafetyDomain.FIRE,
                        Optional.empty(),
                        Optional.of(HazardGrade.MAJOR),
                        Optional.empty(),
                        FIRE_BRIGADE))
                .build();
        List<String> problems = problems(GridSafe.builder()
                .directory(new InMemoryGridDirectory(grids(), majorFireOnly, TimeLimits.defaults(), calendar())));
        // One gap per grid level of the sample tree; domains without any rule are dispatched by hand.
        assertThat(problems)
                .hasSize(4)
                .allSatisfy(p -> assertThat(p)
                        .startsWith("duty matrix: no rule routes domain FIRE, grade GENERAL, grid level ")
                        .contains("hazard code(s), e.g. "));
        assertThat(String.join("\n", problems)).contains("grid level MICRO", "grid level DISTRICT");
    }

    @Test
    void aNotifierThatTheGivenStoreWouldIgnoreIsNamed() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        List<String> problems = problems(GridSafe.builder()
                .directory(directory())
                .caseStore(store)
                .caseQueries(store)
                .notifier(n -> {}));
        assertThat(problems).singleElement().asString().startsWith("notifier: ").contains("would never be called");
    }

    @Test
    void aDurableStoreWithInMemoryIdsIsNamed() {
        DurableStore store = new DurableStore();
        List<String> problems = problems(GridSafe.builder()
                .directory(directory())
                .caseStore(store)
                .caseQueries(store.memory)
                .majorHazardReturnStore(new DurableReturns()));
        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("idGenerator: the caseStore is durable")
                .contains("starts again after a restart");

        assertThatCode(() -> GridSafe.builder()
                        .directory(directory())
                        .caseStore(store)
                        .caseQueries(store.memory)
                        .idGenerator(now -> CaseId.of("YH20260330-000001"))
                        .majorHazardReturnStore(new DurableReturns())
                        .build())
                .as("a generator of the host's own is trusted")
                .doesNotThrowAnyException();
    }

    @Test
    void everyProblemIsListedInOneRefusal() {
        DurableStore store = new DurableStore();
        List<String> problems = problems(GridSafe.builder()
                .directory(new InMemoryGridDirectory(
                        grids(),
                        dutyMatrix(),
                        TimeLimits.builder()
                                .limit(WorkflowStep.REGISTER, TimeLimit.workingHours(2))
                                .limit(WorkflowStep.DISPATCH, TimeLimit.workingHours(2))
                                .limit(WorkflowStep.RECTIFY, TimeLimit.workingDays(3))
                                .limit(WorkflowStep.VERIFY, TimeLimit.workingDays(1))
                                .build(),
                        calendar()))
                .caseStore(store)
                .notifier(n -> {}));
        assertThat(problems)
                .extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly(
                        "caseStore and caseQueries",
                        "notifier",
                        "idGenerator",
                        "time limits",
                        "time limits",
                        "majorHazardReturnStore");
    }

    @Test
    void aDurableStoreWithMajorHazardReturnsInMemoryIsNamed() {
        DurableStore store = new DurableStore();
        GridSafe.Builder forgotten = GridSafe.builder()
                .directory(directory())
                .caseStore(store)
                .caseQueries(store.memory)
                .idGenerator(now -> CaseId.of("YH20260330-000001"));
        assertThat(problems(forgotten))
                .as("no return store given, and the case store offers none")
                .singleElement()
                .asString()
                .startsWith("majorHazardReturnStore: the caseStore is durable")
                .contains("InMemoryMajorHazardReturns", "does not survive a restart");
        assertThat(problems(forgotten.majorHazardReturnStore(new org.gridsafe.memory.InMemoryMajorHazardReturns())))
                .as("an in-memory store given explicitly")
                .singleElement()
                .asString()
                .startsWith("majorHazardReturnStore: ");
        assertThatCode(() ->
                        forgotten.majorHazardReturnStore(new DurableReturns()).build())
                .doesNotThrowAnyException();
        // without a durable case store, in-memory returns are fine (and the default)
        assertThatCode(() -> GridSafe.builder()
                        .directory(directory())
                        .majorHazardReturnStore(new org.gridsafe.memory.InMemoryMajorHazardReturns())
                        .build())
                .doesNotThrowAnyException();
    }
}
