package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsafe.GridSafe;
import org.gridsafe.Inspections;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionOrigin;
import org.gridsafe.inspection.InspectionRequest;
import org.gridsafe.inspection.InspectionRules;
import org.gridsafe.inspection.Inspector;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.threeten.extra.MutableClock;

/**
 * A district with production units to inspect over the given inspection store: units {@code E-1} ..
 * {@code E-n} (class without a cap, so the default cap 2 applies), three emergency-management
 * officers with credentials valid in 2026 ({@link #OFFICER_1} .. {@link #OFFICER_3}) and one whose
 * credential expired ({@link #EXPIRED_OFFICER}). Cases go to an in-memory case store.
 */
public final class InspectionWorld {

    public static final Actor OFFICER_1 = Actor.departmentOfficer("em-01", "应急执法员甲", EMERGENCY);
    public static final Actor OFFICER_2 = Actor.departmentOfficer("em-02", "应急执法员乙", EMERGENCY);
    public static final Actor OFFICER_3 = Actor.departmentOfficer("em-03", "应急执法员丙", EMERGENCY);
    public static final Actor EXPIRED_OFFICER = Actor.departmentOfficer("em-09", "应急执法员丁", EMERGENCY);
    public static final ChecklistRef CHECKLIST = new ChecklistRef("ENTERPRISE_TWO_PART", 1);
    public static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    private final MutableClock clock = MutableClock.of(PatrolSamples.november10(), ZONE);
    private final GridSafe gridSafe;
    private final Inspections inspections;
    private final InspectionStore store;

    /** The world over {@code store} with {@code units} units. */
    public InspectionWorld(InspectionStore store, int units) {
        this(store, units, InspectionRules.standard());
    }

    /** The world over {@code store} with {@code units} units and {@code rules}. */
    public InspectionWorld(InspectionStore store, int units, InspectionRules rules) {
        this.store = store;
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        InMemoryCaseStore cases = new InMemoryCaseStore();
        this.gridSafe = GridSafe.builder()
                .directory(directory())
                .caseStore(cases)
                .caseQueries(cases)
                .idGenerator(new Ids())
                .mediaStore(new InMemoryMediaStore())
                .clock(clock)
                .build();
        this.inspections = Inspections.builder()
                .store(store)
                .entities(registry)
                .casework(gridSafe.casework())
                .clock(clock)
                .rules(rules)
                .build();
        SupervisedEntities entities = EntitySamples.service(registry, clock);
        Actor center = jinqiaoCommandCenter();
        for (int i = 1; i <= units; i++) {
            entities.execute(
                    center,
                    new EntityCommand.Register(
                            EntityId.of("E-" + i),
                            EntitySamples.unit("金桥纺织厂" + i, EntitySamples.code(i), POINT_IN_JINQIAO_MICRO_1),
                            "首次登记"));
        }
        Actor district = districtCommandCenter();
        inspections.registerCredential(district, credential("ZF-001", OFFICER_1, LocalDate.of(2030, 12, 31)));
        inspections.registerCredential(district, credential("ZF-002", OFFICER_2, LocalDate.of(2030, 12, 31)));
        inspections.registerCredential(district, credential("ZF-003", OFFICER_3, LocalDate.of(2030, 12, 31)));
        inspections.registerCredential(district, credential("ZF-009", EXPIRED_OFFICER, LocalDate.of(2026, 10, 31)));
    }

    /** A credential of {@code holder} from 2024 to {@code until}. */
    public static EnforcementCredential credential(String number, Actor holder, LocalDate until) {
        return new EnforcementCredential(
                number, "江苏省人民政府", holder.id(), holder.displayName(), LocalDate.of(2024, 1, 1), until);
    }

    /** The service. */
    public Inspections inspections() {
        return inspections;
    }

    /** The store. */
    public InspectionStore store() {
        return store;
    }

    /** The GridSafe whose casework reports findings. */
    public GridSafe gridSafe() {
        return gridSafe;
    }

    /** The two first officers, with their credentials. */
    public static List<Inspector> twoOfficers() {
        return List.of(new Inspector("em-01", "ZF-001"), new Inspector("em-02", "ZF-002"));
    }

    /** A planned inspection {@code id} of unit {@code unit} on {@link #DAY} by the first two officers. */
    public static InspectionRequest planned(String id, String unit) {
        return request(id, unit, InspectionOrigin.PLAN, DAY, false, Optional.empty());
    }

    /** An inspection request. */
    public static InspectionRequest request(
            String id,
            String unit,
            InspectionOrigin origin,
            LocalDate day,
            boolean combined,
            Optional<InspectionId> joins) {
        return new InspectionRequest(
                InspectionId.of(id),
                EntityId.of(unit),
                origin,
                "2026 年度监督检查计划第 3 项",
                day,
                twoOfficers(),
                CHECKLIST,
                combined,
                joins);
    }

    /** Every item of the checklist applicable to the units passed, except {@code failed}. */
    public static List<ChecklistAnswer> answers(String... failed) {
        List<String> f = List.of(failed);
        return ChecklistCatalog.shipped()
                .require(CHECKLIST)
                .applicableTo(java.util.Set.of("PRODUCTION_UNIT"), List.of("GONGMAO_TEXTILE"))
                .stream()
                .map(i -> ChecklistAnswer.of(i.code(), f.contains(i.code()) ? Verdict.FAIL : Verdict.PASS))
                .toList();
    }

    /** The code of the first item of the checklist. */
    public static String firstItem() {
        return answers().get(0).item();
    }

    private static final class Ids implements IdGenerator {
        private static final AtomicInteger WORLDS = new AtomicInteger();
        private final String prefix = "YH-IW" + System.nanoTime() % 1_000_000 + "-" + WORLDS.incrementAndGet() + "-";
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public CaseId next(Instant now) {
            return CaseId.of(prefix + next.incrementAndGet());
        }
    }
}
