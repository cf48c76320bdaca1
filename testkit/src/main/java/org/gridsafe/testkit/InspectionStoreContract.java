package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.InspectionWorld.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridsafe.Inspections;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.inspection.DocumentKind;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionAlreadyExistsException;
import org.gridsafe.inspection.InspectionCapExceededException;
import org.gridsafe.inspection.InspectionCommand;
import org.gridsafe.inspection.InspectionDocument;
import org.gridsafe.inspection.InspectionFinding;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.inspection.InspectionState;
import org.gridsafe.inspection.InspectionVersionConflictException;
import org.gridsafe.inspection.InvalidInspectionException;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.registry.EntityId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InspectionStore} must do: keep inspections and their histories, refuse a stale
 * version and a taken id, never lose an update of concurrent writers, and take the cap slot in the same
 * write as the opening, so that of two openings racing for the last slot one is refused. Subclasses
 * give a fresh, empty store.
 */
public abstract class InspectionStoreContract {

    /** A fresh, empty store. */
    protected abstract InspectionStore newStore();

    @Test
    void anInspectionIsKeptWithItsHistoryAndFoundByEntityAndYear() {
        InspectionWorld world = new InspectionWorld(newStore(), 2);
        Inspections s = world.inspections();
        s.open(OFFICER_1, planned("I-1", "E-1"));
        s.open(OFFICER_1, request("I-2", "E-2", InspectionOrigin.COMPLAINT, DAY, false, Optional.empty()));
        s.submitChecklist(
                OFFICER_1,
                new InspectionCommand.SubmitChecklist(
                        InspectionId.of("I-1"),
                        OptionalLong.of(1),
                        answers("M01"),
                        List.of(new InspectionFinding(
                                "M01",
                                SafetyDomain.PRODUCTION,
                                SampleDistrict.PROTECTION_DEFECT,
                                HazardGrade.GENERAL))));
        Inspection i = world.store().find(InspectionId.of("I-1")).orElseThrow();
        assertThat(i.state()).isEqualTo(InspectionState.CHECKED);
        assertThat(i.version()).isEqualTo(3);
        assertThat(i.cases()).containsOnlyKeys("M01");
        assertThat(i.opened().counted()).isTrue();
        assertThat(world.store().history(InspectionId.of("I-1")))
                .extracting(e -> e.event().type())
                .containsExactly("inspection.opened", "inspection.checklist-submitted", "inspection.finding-reported");
        assertThat(Inspection.replay(world.store().history(InspectionId.of("I-1"))))
                .isEqualTo(i);
        assertThat(world.store().search(InspectionQuery.all().entity(EntityId.of("E-2"))))
                .extracting(Inspection::id)
                .containsExactly(InspectionId.of("I-2"));
        assertThat(world.store().search(InspectionQuery.all().year(2025))).isEmpty();
        assertThat(world.store()
                        .search(InspectionQuery.all()
                                .after(InspectionId.of("I-1"))
                                .limit(5)))
                .extracting(Inspection::id)
                .containsExactly(InspectionId.of("I-2"));
        assertThat(world.store().countedInspections(EntityId.of("E-1"), 2026)).isEqualTo(1);
        // A complaint is not counted against the cap.
        assertThat(world.store().countedInspections(EntityId.of("E-2"), 2026)).isZero();
        assertThat(world.store().history(InspectionId.of("NONE"))).isEmpty();
    }

    @Test
    void aStaleVersionAndATakenIdAreRefusedAndNothingIsWritten() {
        InspectionWorld world = new InspectionWorld(newStore(), 1);
        Inspection opened = world.inspections().open(OFFICER_1, planned("I-1", "E-1"));
        assertThatThrownBy(() -> world.inspections()
                        .recordDocument(OFFICER_1, document("I-1", OptionalLong.of(7), "应急责改〔2026〕1号")))
                .isInstanceOf(InspectionVersionConflictException.class);
        assertThatThrownBy(() -> world.inspections()
                        .open(
                                OFFICER_1,
                                request("I-1", "E-1", InspectionOrigin.COMPLAINT, DAY, false, Optional.empty())))
                .isInstanceOf(InspectionAlreadyExistsException.class);
        // The same opening again (a retry) answers the inspection it opened.
        assertThat(world.inspections().open(OFFICER_1, planned("I-1", "E-1"))).isEqualTo(opened);
        assertThat(world.store().history(InspectionId.of("I-1"))).hasSize(1);
        assertThat(world.store().countedInspections(EntityId.of("E-1"), 2026)).isEqualTo(1);
    }

    @Test
    void aCredentialIsReplacedByItsHolderAndRefusedToAnother() {
        InspectionWorld world = new InspectionWorld(newStore(), 0);
        InspectionStore store = world.store();
        store.saveCredential(credential("ZF-001", OFFICER_1, LocalDate.of(2031, 12, 31)));
        assertThat(store.credential("ZF-001").orElseThrow().validUntil()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThatThrownBy(() -> store.saveCredential(credential("ZF-001", OFFICER_2, LocalDate.of(2031, 12, 31))))
                .isInstanceOf(InvalidInspectionException.class)
                .hasMessageContaining("number");
        assertThat(store.credentialsOf("em-01")).extracting(c -> c.number()).containsExactly("ZF-001");
        assertThat(store.credential("ZF-404")).isEmpty();
    }

    @Test
    void concurrentWritersNeverLoseAnUpdate() throws Exception {
        InspectionWorld world = new InspectionWorld(newStore(), 1);
        world.inspections().open(OFFICER_1, planned("I-1", "E-1"));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String number = "应急检记〔2026〕" + (w + 1) + "号";
                done.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        try {
                            world.inspections()
                                    .recordDocument(OFFICER_1, document("I-1", OptionalLong.empty(), number));
                            return null;
                        } catch (InspectionVersionConflictException lost) {
                            // three attempts lost: try again, as a client would
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Inspection i = world.store().find(InspectionId.of("I-1")).orElseThrow();
        assertThat(i.documents()).hasSize(writers);
        assertThat(i.version()).isEqualTo(1 + writers);
        assertThat(world.store().history(InspectionId.of("I-1"))).hasSize(1 + writers);
    }

    @Test
    void ofTwoOpeningsRacingForTheLastSlotOfTheCapOneIsRefused() throws Exception {
        int rounds = 6;
        InspectionWorld world = new InspectionWorld(newStore(), rounds);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int r = 1; r <= rounds; r++) {
                String unit = "E-" + r;
                // The default cap is 2: one counted inspection leaves one slot.
                world.inspections().open(OFFICER_1, planned("R" + r + "-0", unit));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> racers = new ArrayList<>();
                for (int k = 1; k <= 2; k++) {
                    String id = "R" + r + "-" + k;
                    racers.add(pool.submit(() -> {
                        start.await();
                        try {
                            world.inspections().open(OFFICER_1, planned(id, unit));
                            return true;
                        } catch (InspectionCapExceededException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int opened = 0;
                for (Future<Boolean> f : racers) {
                    opened += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(opened).as("round %d", r).isEqualTo(1);
                assertThat(world.store().countedInspections(EntityId.of(unit), 2026))
                        .isEqualTo(2);
                assertThat(world.store().search(InspectionQuery.all().entity(EntityId.of(unit))))
                        .hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overTheCapIsRefusedUnlessItJoinsACombinedInspectionOrIsAComplaint() {
        InspectionWorld world = new InspectionWorld(newStore(), 1);
        Inspections s = world.inspections();
        s.open(OFFICER_1, request("C-1", "E-1", InspectionOrigin.PLAN, DAY, true, Optional.empty()));
        s.open(OFFICER_1, planned("C-2", "E-1"));
        assertThatThrownBy(() -> s.open(OFFICER_1, planned("C-3", "E-1")))
                .isInstanceOf(InspectionCapExceededException.class)
                .hasMessageContaining("E-1")
                .hasMessageContaining("2026");
        assertThat(world.store().find(InspectionId.of("C-3"))).isEmpty();
        Inspection joined = s.open(
                OFFICER_1,
                request("C-4", "E-1", InspectionOrigin.PLAN, DAY, false, Optional.of(InspectionId.of("C-1"))));
        assertThat(joined.opened().counted()).isFalse();
        assertThat(s.open(OFFICER_1, request("C-5", "E-1", InspectionOrigin.REFERRAL, DAY, false, Optional.empty()))
                        .opened()
                        .counted())
                .isFalse();
        // Another year has its own cap.
        s.open(
                OFFICER_1,
                request("C-6", "E-1", InspectionOrigin.RANDOM_DRAW, LocalDate.of(2025, 3, 1), false, Optional.empty()));
        assertThat(world.store().countedInspections(EntityId.of("E-1"), 2026)).isEqualTo(2);
        assertThat(world.store().countedInspections(EntityId.of("E-1"), 2025)).isEqualTo(1);
    }

    static InspectionCommand.RecordDocument document(String id, OptionalLong version, String number) {
        return new InspectionCommand.RecordDocument(
                InspectionId.of(id),
                version,
                new InspectionDocument(DocumentKind.ON_SITE_RECORD, number, DAY, "em-01"));
    }
}
