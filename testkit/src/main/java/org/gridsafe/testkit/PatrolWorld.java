package org.gridsafe.testkit;

import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsafe.GridSafe;
import org.gridsafe.Patrols;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.patrol.CheckInMethod;
import org.gridsafe.patrol.FindingReport;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolPlanPresets;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.MediaStore;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.threeten.extra.MutableClock;

/**
 * A district with shops to patrol over the given stores: one monthly 九小场所 plan run for November
 * 2026, every occurrence assigned to {@link PatrolSamples#PATROLLER}. For tests of what a patrol's
 * findings become (cases, with their origins) on any store.
 */
public final class PatrolWorld {

    /** Where the cases, occurrences and files of the world are kept. */
    public record Stores(CaseStore cases, CaseQueries caseQueries, PatrolStore patrols, MediaStore media) {}

    private final MutableClock clock = MutableClock.of(november10(), ZONE);
    private final GridSafe gridSafe;
    private final Patrols patrols;
    private final CaseQueries caseQueries;
    private final List<OccurrenceId> occurrences = new ArrayList<>();

    /** The world over {@code stores} with {@code shops} shops (1 to 9), scheduled. */
    public PatrolWorld(Stores stores, int shops) {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        this.caseQueries = stores.caseQueries();
        this.gridSafe = GridSafe.builder()
                .directory(directory())
                .caseStore(stores.cases())
                .caseQueries(stores.caseQueries())
                .idGenerator(new Ids())
                .mediaStore(stores.media())
                .clock(clock)
                .build();
        this.patrols = Patrols.builder()
                .store(stores.patrols())
                .entities(registry)
                .directory(gridSafe.directory())
                .casework(gridSafe.casework())
                .clock(clock)
                .build();
        SupervisedEntities entities = EntitySamples.service(registry, clock);
        Actor center = jinqiaoCommandCenter();
        for (int i = 1; i <= shops; i++) {
            entities.execute(
                    center,
                    new EntityCommand.Register(
                            EntityId.of("PL-" + i),
                            EntitySamples.shop("金桥小商店" + i, POINT_IN_JINQIAO_MICRO_1, Optional.empty()),
                            "首次登记"));
        }
        patrols.savePlan(center, PatrolPlanPresets.nineSmallMonthly(PLAN, JINQIAO_STREET, TEN_POINT), 0);
        occurrences.addAll(
                patrols.schedule(center, PLAN, LocalDate.of(2026, 11, 10)).created());
    }

    /** The service. */
    public Patrols patrols() {
        return patrols;
    }

    /** The GridSafe over the stores (its casework reports the findings). */
    public GridSafe gridSafe() {
        return gridSafe;
    }

    /** The occurrences scheduled, in id order. */
    public List<OccurrenceId> occurrences() {
        return occurrences;
    }

    /** A GPS check-in at the premises. */
    public PatrolCommand.RecordCheckIn checkIn(OccurrenceId id) {
        return new PatrolCommand.RecordCheckIn(
                id,
                OptionalLong.empty(),
                clock.instant(),
                CheckInMethod.GPS,
                Optional.of(new GeoPoint(120.0201, 31.0201)),
                Optional.of(10.0),
                Optional.empty(),
                Optional.empty());
    }

    /** A submission (no expected version, as a terminal's retry) failing {@code failed}, each with its finding. */
    public static PatrolCommand.Submit submission(OccurrenceId id, List<String> failed) {
        List<FindingReport> findings = failed.stream()
                .map(item -> new FindingReport(
                        item, SafetyDomain.FIRE, PROTECTION_DEFECT, HazardGrade.GENERAL, Optional.empty()))
                .toList();
        return new PatrolCommand.Submit(
                id, OptionalLong.empty(), answers(failed.toArray(String[]::new)), List.of(), findings);
    }

    /** Every case stored, in id order. */
    public List<Case> allCases() {
        List<Case> all = new ArrayList<>();
        CaseQuery query = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = caseQueries.find(query);
            all.addAll(page.cases());
            if (page.next().isEmpty()) {
                return all;
            }
            query = query.after(page.next().get());
        }
    }

    /** Ids unique per world and run, so stores shared by several tests never see one twice. */
    private static final class Ids implements IdGenerator {
        private static final AtomicInteger WORLDS = new AtomicInteger();
        private final String prefix = "YH-PW" + System.nanoTime() % 1_000_000 + "-" + WORLDS.incrementAndGet() + "-";
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public CaseId next(Instant now) {
            return CaseId.of(prefix + next.incrementAndGet());
        }
    }
}
