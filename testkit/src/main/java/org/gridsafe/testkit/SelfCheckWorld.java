package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsafe.GridSafe;
import org.gridsafe.SelfInspections;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.MediaStore;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.threeten.extra.MutableClock;

/**
 * A district with two production units in 金桥一号 ({@code PU-1}, whose principal is 王主要, and
 * {@code PU-2}) over the given stores, the clock at 2026-05-10 10:00 in Asia/Shanghai. For tests of what
 * enterprises' self-inspections become (cases, ledgers, returns) on any store.
 */
public final class SelfCheckWorld {

    /** Where the cases, self-inspections and files of the world are kept. */
    public record Stores(CaseStore cases, CaseQueries caseQueries, SelfCheckStore selfChecks, MediaStore media) {}

    /** The second unit. */
    public static final EntityId OTHER_UNIT = EntityId.of("PU-2");

    private final MutableClock clock =
            MutableClock.of(LocalDate.of(2026, 5, 10).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final GridSafe gridSafe;
    private final SelfInspections selfInspections;
    private final CaseQueries caseQueries;
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();

    /** The world over {@code stores}. */
    public SelfCheckWorld(Stores stores) {
        this.caseQueries = stores.caseQueries();
        this.gridSafe = GridSafe.builder()
                .directory(directory())
                .caseStore(stores.cases())
                .caseQueries(stores.caseQueries())
                .idGenerator(new Ids())
                .mediaStore(stores.media())
                .clock(clock)
                .build();
        this.selfInspections = SelfInspections.builder()
                .store(stores.selfChecks())
                .entities(registry)
                .casework(gridSafe.casework())
                .clock(clock)
                .build();
        SupervisedEntities entities = EntitySamples.service(registry, clock);
        ProductionUnit unit = unitWithPrincipal();
        entities.execute(jinqiaoCommandCenter(), new EntityCommand.Register(SelfCheckSamples.UNIT, unit, "首次登记"));
        entities.execute(
                jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        OTHER_UNIT,
                        EntitySamples.unit("金桥机械厂", EntitySamples.code(2), POINT_IN_JINQIAO_MICRO_1),
                        "首次登记"));
    }

    /** The sample unit 金桥纺织有限公司 in 金桥一号, naming 王主要 as its principal (主要负责人). */
    public static ProductionUnit unitWithPrincipal() {
        ProductionUnit unit = EntitySamples.unit("金桥纺织有限公司", EntitySamples.code(1), POINT_IN_JINQIAO_MICRO_1);
        List<UnitPerson> people = new ArrayList<>(unit.people());
        people.add(new UnitPerson(
                UnitPersonRole.PRINCIPAL, "王主要", Optional.of("13900000000"), Optional.empty(), Optional.empty()));
        unit = new ProductionUnit(
                unit.name(),
                unit.creditCode(),
                unit.unregisteredOperator(),
                unit.address(),
                unit.assignedGrid(),
                unit.industry(),
                unit.sectors(),
                unit.scale(),
                unit.employees(),
                unit.specialRiskFeatures(),
                unit.majorHazardGrade(),
                unit.keyUnitLevels(),
                people,
                unit.links(),
                unit.licences(),
                unit.supervisionClass());
        return unit;
    }

    /** The service. */
    public SelfInspections selfInspections() {
        return selfInspections;
    }

    /** The GridSafe over the stores (its casework reports the ledger entries). */
    public GridSafe gridSafe() {
        return gridSafe;
    }

    /** The world's clock. */
    public MutableClock clock() {
        return clock;
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
        private final String prefix = "YH-SC" + System.nanoTime() % 1_000_000 + "-" + WORLDS.incrementAndGet() + "-";
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public CaseId next(Instant now) {
            return CaseId.of(prefix + next.incrementAndGet());
        }
    }
}
