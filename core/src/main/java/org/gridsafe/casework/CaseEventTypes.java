package org.gridsafe.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable name of every {@link CaseEvent} type: what stores write as the event's type and read
 * back, independent of the Java class, so renaming or moving a class never orphans a stored log.
 *
 * <p>Rules (see {@code docs/storage.md}): a name is never reused for another meaning; a renamed
 * type keeps its old names as aliases, which stay readable forever. The first stored logs named
 * events by their simple class name ({@code "CaseReported"}): those are the aliases below. The hash
 * chain encodes each event under its <em>hash name</em>, frozen per type (for the thirteen types of
 * the first release, their first name), so neither a rename nor a new stored name changes a hash.
 *
 * <pre>{@code
 * String stored = event.type();                                   // "case.reported"
 * Class<? extends CaseEvent> type = CaseEventTypes.resolve("CaseReported").orElseThrow();
 * }</pre>
 */
public final class CaseEventTypes {

    private record Entry(Class<? extends CaseEvent> type, String name, String hashName, List<String> aliases) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(CaseReported.class, "case.reported", "CaseReported", List.of("CaseReported")),
            new Entry(CaseRegistered.class, "case.registered", "CaseRegistered", List.of("CaseRegistered")),
            new Entry(CaseRejected.class, "case.rejected", "CaseRejected", List.of("CaseRejected")),
            new Entry(CaseMerged.class, "case.merged", "CaseMerged", List.of("CaseMerged")),
            new Entry(CaseDispatched.class, "case.dispatched", "CaseDispatched", List.of("CaseDispatched")),
            new Entry(
                    RectificationSubmitted.class,
                    "case.rectification-submitted",
                    "RectificationSubmitted",
                    List.of("RectificationSubmitted")),
            new Entry(
                    ExtensionRequested.class,
                    "case.extension-requested",
                    "ExtensionRequested",
                    List.of("ExtensionRequested")),
            new Entry(
                    ExtensionApproved.class,
                    "case.extension-approved",
                    "ExtensionApproved",
                    List.of("ExtensionApproved")),
            new Entry(ExtensionDenied.class, "case.extension-denied", "ExtensionDenied", List.of("ExtensionDenied")),
            new Entry(
                    VerificationPassed.class,
                    "case.verification-passed",
                    "VerificationPassed",
                    List.of("VerificationPassed")),
            new Entry(
                    VerificationFailed.class,
                    "case.verification-failed",
                    "VerificationFailed",
                    List.of("VerificationFailed")),
            new Entry(CaseClosed.class, "case.closed", "CaseClosed", List.of("CaseClosed")),
            new Entry(CaseEscalated.class, "case.escalated", "CaseEscalated", List.of("CaseEscalated")),
            new Entry(CaseReturned.class, "case.returned", "CaseReturned", List.of("CaseReturned")),
            new Entry(CaseReassigned.class, "case.reassigned", "CaseReassigned", List.of("CaseReassigned")),
            new Entry(CaseEntityChanged.class, "case.entity-changed", "CaseEntityChanged", List.of()),
            new Entry(CaseSuspended.class, "case.suspended", "CaseSuspended", List.of("CaseSuspended")),
            new Entry(CaseResumed.class, "case.resumed", "CaseResumed", List.of("CaseResumed")),
            new Entry(CaseReopened.class, "case.reopened", "CaseReopened", List.of("CaseReopened")),
            new Entry(MajorHazardDowngraded.class, "case.major-hazard-downgraded", "MajorHazardDowngraded", List.of()),
            new Entry(
                    MajorHazardCriterionChanged.class,
                    "case.major-hazard-criterion-changed",
                    "MajorHazardCriterionChanged",
                    List.of()),
            new Entry(CaseMovedToGrid.class, "case.moved-to-grid", "CaseMovedToGrid", List.of()),
            new Entry(MajorHazardReportsDue.class, "case.major-hazard-reports-due", "MajorHazardReportsDue", List.of()),
            new Entry(
                    MajorHazardReportFiled.class,
                    "case.major-hazard-report-filed",
                    "MajorHazardReportFiled",
                    List.of()),
            new Entry(
                    MajorHazardReportEscalated.class,
                    "case.major-hazard-report-escalated",
                    "MajorHazardReportEscalated",
                    List.of()),
            new Entry(ProductionStopped.class, "case.production-stopped", "ProductionStopped", List.of()),
            new Entry(ResumptionApplied.class, "case.resumption-applied", "ResumptionApplied", List.of()),
            new Entry(ResumptionApproved.class, "case.resumption-approved", "ResumptionApproved", List.of()),
            new Entry(ResumptionRefused.class, "case.resumption-refused", "ResumptionRefused", List.of()));

    /**
     * The frozen hash names of the value records events hold, as the first release encoded them.
     * A value record not listed here is encoded under its simple class name: add it here before
     * an event stores it, so a later rename cannot change hashes.
     */
    private static final Map<String, String> VALUE_HASH_NAMES = Map.ofEntries(
            Map.entry("org.gridsafe.grid.GeoPoint", "GeoPoint"),
            Map.entry("org.gridsafe.grid.ResponsiblePerson", "ResponsiblePerson"),
            Map.entry("org.gridsafe.casework.RectificationPlan", "RectificationPlan"),
            Map.entry("org.gridsafe.casework.ListedSupervision", "ListedSupervision"),
            Map.entry("org.gridsafe.media.MediaReference", "MediaReference"),
            Map.entry("org.gridsafe.casework.CaseEntity", "CaseEntity"),
            Map.entry("org.gridsafe.casework.CaseLicence", "CaseLicence"),
            Map.entry("org.gridsafe.registry.EntityId", "EntityId"),
            Map.entry("org.gridsafe.entity.SupervisionClass", "SupervisionClass"),
            Map.entry("org.gridsafe.casework.CaseOrigin", "CaseOrigin"),
            Map.entry("org.gridsafe.grid.Responsibility", "Responsibility"),
            Map.entry("org.gridsafe.casework.TreatmentPlan", "TreatmentPlan"),
            Map.entry("org.gridsafe.casework.MajorHazardReportDuty", "MajorHazardReportDuty"));

    private static final Map<Class<?>, Entry> BY_TYPE = new LinkedHashMap<>();
    private static final Map<String, Class<? extends CaseEvent>> BY_STORED_NAME = new LinkedHashMap<>();

    static {
        for (Entry entry : ENTRIES) {
            BY_TYPE.put(entry.type(), entry);
            register(entry.name(), entry.type());
            entry.aliases().forEach(alias -> register(alias, entry.type()));
        }
    }

    private static void register(String name, Class<? extends CaseEvent> type) {
        Class<? extends CaseEvent> before = BY_STORED_NAME.put(name, type);
        if (before != null && before != type) {
            throw new IllegalStateException("event name " + name + " is used twice: " + before + " and " + type);
        }
    }

    private CaseEventTypes() {}

    /** Every event type, in the order of the loop. */
    public static List<Class<? extends CaseEvent>> all() {
        return ENTRIES.stream().<Class<? extends CaseEvent>>map(Entry::type).toList();
    }

    /** The stable name of {@code type}, e.g. {@code "case.reported"}. */
    public static String nameOf(Class<? extends CaseEvent> type) {
        Entry entry = BY_TYPE.get(type);
        if (entry == null) {
            throw new IllegalStateException(type.getName() + " has no stable event name: add it to CaseEventTypes");
        }
        return entry.name();
    }

    /** The event type stored under {@code name}: its current name or any alias it ever had. */
    public static Optional<Class<? extends CaseEvent>> resolve(String name) {
        return Optional.ofNullable(BY_STORED_NAME.get(name));
    }

    /** The names an event type was stored under before, oldest first. */
    public static List<String> aliasesOf(Class<? extends CaseEvent> type) {
        Entry entry = BY_TYPE.get(type);
        return entry == null ? List.of() : entry.aliases();
    }

    /** The name a record is encoded under in the hash input: frozen for events and their values. */
    static String hashName(Class<?> recordType) {
        Entry entry = BY_TYPE.get(recordType);
        if (entry != null) {
            return entry.hashName();
        }
        return VALUE_HASH_NAMES.getOrDefault(recordType.getName(), recordType.getSimpleName());
    }
}
