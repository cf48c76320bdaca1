package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.InspectionFacts;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.Report;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.inspection.CapSlot;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.Inspection;
import org.gridsafe.inspection.InspectionAccessDeniedException;
import org.gridsafe.inspection.InspectionAlreadyExistsException;
import org.gridsafe.inspection.InspectionCommand;
import org.gridsafe.inspection.InspectionDecider;
import org.gridsafe.inspection.InspectionDecision;
import org.gridsafe.inspection.InspectionEvent;
import org.gridsafe.inspection.InspectionFinding;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.inspection.InspectionNotFoundException;
import org.gridsafe.inspection.InspectionQuery;
import org.gridsafe.inspection.InspectionRequest;
import org.gridsafe.inspection.InspectionRules;
import org.gridsafe.inspection.InspectionState;
import org.gridsafe.inspection.InspectionVersionConflictException;
import org.gridsafe.inspection.Inspector;
import org.gridsafe.inspection.InvalidInspectionException;
import org.gridsafe.inspection.RandomDraw;
import org.gridsafe.inspection.RecordedInspectionEvent;
import org.gridsafe.inspection.WrongInspectionStateException;
import org.gridsafe.patrol.PatrolTarget;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.InspectionStore;
import org.gridsafe.registry.SupervisedEntity;

/**
 * Administrative inspections (行政检查) as an application service: credentials, openings guarded by the
 * officers' credentials and the enterprise's yearly cap, checklist submissions whose findings become
 * cases through {@link Casework} (source {@code DEPARTMENT_INSPECTION}, one case per inspection and
 * item), enforcement documents, closing, and the random draw. Every command is decided by
 * {@code inspection.InspectionLifecycle}; every read goes through the access policy. Thread-safe.
 *
 * <pre>{@code
 * Inspections inspections = Inspections.builder().store(store).entities(registry)
 *         .casework(gridSafe.casework()).clock(clock).build();
 * inspections.registerCredential(district, credential);
 * Inspection opened = inspections.open(officer, request);
 * }</pre>
 */
public final class Inspections {

    /** The prefix of a case origin that names an inspection (never a patrol occurrence id: '/' is not in those). */
    public static final String ORIGIN_PREFIX = "inspection/";

    private static final int ATTEMPTS = 3;

    private final InspectionStore store;
    private final EntityRegistry entities;
    private final Casework casework;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final InspectionRules rules;
    private final InspectionDecider decider;

    private Inspections(Builder b) {
        this.store = b.store;
        this.entities = b.entities;
        this.casework = b.casework;
        this.policy = b.policy;
        this.clock = b.clock;
        this.zone = b.zone;
        this.rules = b.rules;
        this.decider = new InspectionDecider(policy);
    }

    /** A builder; store, entities, casework and clock are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules the steps check against. */
    public InspectionRules rules() {
        return rules;
    }

    /** Registers (or renews) an officer's enforcement credential. */
    public EnforcementCredential registerCredential(Actor actor, EnforcementCredential credential) {
        Objects.requireNonNull(credential, "credential");
        require(actor, Action.MANAGE_ENFORCEMENT_CREDENTIAL, InspectionFacts.credential(credential.number()));
        store.saveCredential(credential);
        return credential;
    }

    /** The credentials {@code holderId} holds; the holder and those who register credentials may read them. */
    public List<EnforcementCredential> credentials(Actor actor, String holderId) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.id().equals(holderId)) {
            require(actor, Action.MANAGE_ENFORCEMENT_CREDENTIAL, InspectionFacts.credential(holderId));
        }
        return store.credentialsOf(holderId);
    }

    /**
     * Opens an inspection: at least two officers with credentials valid on the day, the actor one of
     * them, and a slot of the enterprise's yearly cap unless the origin is exempt or it joins a combined
     * inspection. The same request again (a terminal's retry) answers the inspection it opened.
     *
     * @throws InvalidInspectionException naming each field at fault
     * @throws org.gridsafe.inspection.InspectionCapExceededException when the cap is reached
     */
    public Inspection open(Actor actor, InspectionRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(request, "request");
        Set<String> people = request.inspectors().stream()
                .filter(Objects::nonNull)
                .map(Inspector::personId)
                .collect(Collectors.toSet());
        if (actor.department().isEmpty()) {
            // Grid staff and others are refused by their own rule, before anything about the entity is read.
            require(
                    actor,
                    Action.OPEN_INSPECTION,
                    new InspectionFacts(Optional.of(request.id().value()), Optional.empty(), Optional.empty(), people));
        }
        if (request.inspectors().contains(null)) {
            throw new InvalidInspectionException("inspectors", "must not contain null");
        }
        SupervisedEntity entity = entities.find(request.entity())
                .orElseThrow(() ->
                        new InvalidInspectionException("entity", "no entity " + request.entity() + " is registered"));
        Optional<Inspection> joined = request.joins().flatMap(store::find);
        Optional<CapSlot> slot = rules.caps()
                .slotFor(
                        entity.id(),
                        entity.profile().supervisionClass(),
                        request.day(),
                        request.origin(),
                        request.joins().isPresent());
        InspectionEvent.Opened opened = new InspectionEvent.Opened(
                entity.id(),
                entity.profile().name(),
                entity.grid().grid(),
                PatrolTarget.kindsOf(entity),
                entity.profile().sectors(),
                entity.facts().enterpriseId(),
                actor.department().orElseThrow(),
                request.origin(),
                request.basis() == null ? "" : request.basis(),
                request.day(),
                request.inspectors(),
                request.checklist(),
                request.combined(),
                request.joins(),
                slot.isPresent(),
                slot.map(CapSlot::cap));
        Map<String, EnforcementCredential> credentials = new LinkedHashMap<>();
        for (Inspector in : request.inspectors()) {
            store.credential(in.credentialNumber()).ifPresent(c -> credentials.put(c.number(), c));
        }
        Optional<Inspection> held = store.find(request.id());
        if (held.isPresent()) {
            // A terminal that lost the answer sends the same opening again: it was taken.
            if (held.get().opened().equals(opened) && held.get().version() >= 1) {
                require(actor, Action.READ_INSPECTION, held.get().facts());
                return held.get();
            }
        }
        Instant now = now();
        InspectionDecision decision = decider.decide(
                actor,
                new InspectionCommand.Open(request.id(), opened),
                held,
                rules,
                now,
                LocalDate.ofInstant(now, zone),
                credentials,
                joined,
                slot);
        try {
            store.append(decision);
        } catch (InspectionAlreadyExistsException raced) {
            Inspection other = store.find(request.id()).orElseThrow(() -> raced);
            if (!other.opened().equals(opened)) {
                throw raced;
            }
            return other;
        }
        return decision.inspection();
    }

    /**
     * Submits the checklist; each failed item's finding becomes a case (source department inspection)
     * linked to the inspection and item. If a case cannot be reported, the submission stands with the
     * finding pending for {@link #reportPendingFindings}; the refusal is thrown. The same submission
     * again without an expected version (a retry) reports what is pending and answers the inspection.
     */
    public Inspection submitChecklist(Actor actor, InspectionCommand.SubmitChecklist command) {
        Objects.requireNonNull(command, "command");
        requireStoredPhotos(command.answers());
        try {
            execute(actor, command);
        } catch (WrongInspectionStateException done) {
            Inspection held = store.find(command.id()).orElseThrow(() -> done);
            boolean same = held.state() != InspectionState.OPEN
                    && command.expectedVersion().isEmpty()
                    && held.answers().equals(command.answers())
                    && held.findings().equals(command.findings());
            if (!same) {
                throw done;
            }
        }
        return reportPendingFindings(actor, command.id());
    }

    private void requireStoredPhotos(List<ChecklistAnswer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ChecklistAnswer answer = answers.get(i);
            if (answer == null || answer.photos().contains(null)) {
                continue; // the sheet's own check names it
            }
            for (var error :
                    Casework.storedMediaProblems(casework.mediaStore(), "answers[" + i + "].photos", answer.photos())) {
                problems.add(new FieldProblem(error.field(), "item " + answer.item() + ": " + error.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
    }

    /** Reports the cases of the inspection's pending findings (after a failure while reporting them). */
    public Inspection reportPendingFindings(Actor actor, InspectionId id) {
        Inspection i = store.find(id).orElseThrow(() -> new InspectionNotFoundException("no inspection " + id));
        require(actor, Action.RECORD_INSPECTION, i.facts());
        for (InspectionFinding f : i.pendingFindings()) {
            // The case names its origin, so reporting it again answers the case already made.
            Case reported = report(actor, i, f);
            try {
                i = execute(actor, new InspectionCommand.RecordFinding(id, f.item(), reported.id()));
            } catch (WrongInspectionStateException | InvalidInspectionException recorded) {
                i = store.find(id).orElseThrow(() -> recorded);
                if (!Optional.ofNullable(i.cases().get(f.item())).equals(Optional.of(reported.id()))) {
                    throw recorded;
                }
            }
        }
        return i;
    }

    private Case report(Actor actor, Inspection i, InspectionFinding f) {
        ChecklistItem item = rules.checklists()
                .require(i.opened().checklist())
                .item(f.item())
                .orElseThrow();
        ChecklistAnswer answer = i.answers().stream()
                .filter(a -> a.item().equals(item.code()))
                .findFirst()
                .orElseThrow();
        String link = "（行政检查 " + i.id() + "，检查表 " + i.opened().checklist() + " 检查项 " + item.code() + "）";
        String note = answer.note().map(n -> "：" + n).orElse("");
        String body = i.opened().entityName() + "：" + item.text() + "不合格" + note;
        int room = InputLimits.DESCRIPTION - link.length();
        String description = (body.length() > room ? body.substring(0, room) : body) + link;
        Report.Builder report = Report.builder()
                .source(CaseSource.DEPARTMENT_INSPECTION)
                .grid(i.opened().grid())
                .domain(f.domain())
                .hazard(f.hazard())
                .grade(f.grade())
                .description(description)
                .origin(new CaseOrigin(ORIGIN_PREFIX + i.id().value(), item.code()));
        answer.photos().forEach(report::media);
        i.opened().enterpriseId().ifPresent(report::enterpriseId);
        return casework.report(actor, report.build());
    }

    /** Records an enforcement document the inspection issued. */
    public Inspection recordDocument(Actor actor, InspectionCommand.RecordDocument command) {
        return execute(actor, command);
    }

    /** Closes the inspection with its conclusion. */
    public Inspection close(Actor actor, InspectionCommand.Close command) {
        return execute(actor, command);
    }

    /**
     * The bytes of a photo of the inspection's checklist answers, to whom may read the inspection (as a
     * case's files go to whom may read the case).
     *
     * @throws InspectionNotFoundException when the inspection has no such photo (or {@code actor} may not see it)
     */
    public byte[] mediaContent(Actor actor, InspectionId id, org.gridsafe.media.MediaHash hash) {
        Objects.requireNonNull(hash, "hash");
        String absent = "inspection " + id + " has no photo " + hash + " that you may see";
        Inspection i;
        try {
            i = get(actor, id);
        } catch (InspectionAccessDeniedException denied) {
            throw new InspectionNotFoundException(absent);
        }
        boolean referenced = i.answers().stream()
                .flatMap(a -> a.photos().stream())
                .anyMatch(r -> r.hash().equals(hash));
        if (!referenced) {
            throw new InspectionNotFoundException(absent);
        }
        return casework.mediaStore().read(hash).orElseThrow(() -> new InspectionNotFoundException(absent));
    }

    /** The inspection, if {@code actor} may read it. */
    public Inspection get(Actor actor, InspectionId id) {
        Inspection i = store.find(id).orElseThrow(() -> new InspectionNotFoundException("no inspection " + id));
        require(actor, Action.READ_INSPECTION, i.facts());
        return i;
    }

    /** The inspection's history, if {@code actor} may read it. */
    public List<RecordedInspectionEvent> history(Actor actor, InspectionId id) {
        get(actor, id);
        return store.history(id);
    }

    /** The inspections {@code query} matches that {@code actor} may read. */
    public List<Inspection> list(Actor actor, InspectionQuery query) {
        Objects.requireNonNull(actor, "actor");
        return store.search(query).stream()
                .filter(i ->
                        policy.decide(actor, Action.READ_INSPECTION, i.facts()).allowed())
                .toList();
    }

    /** The cases that came from the inspection's findings that {@code actor} may read. */
    public List<Case> cases(Actor actor, InspectionId id) {
        get(actor, id);
        return casework.casesFromOccurrence(actor, ORIGIN_PREFIX + id.value());
    }

    /** How many counted inspections the entity has had in {@code year}, and its cap. */
    public int counted(Actor actor, Inspection inspection) {
        require(actor, Action.READ_INSPECTION, inspection.facts());
        return store.countedInspections(inspection.opened().entity(), inspection.year());
    }

    /** A random draw (双随机) for the actor's department; reproducible from the request's seed. */
    public RandomDraw.Result draw(Actor actor, RandomDraw.Request request) {
        Objects.requireNonNull(actor, "actor");
        require(
                actor,
                Action.DRAW_INSPECTIONS,
                new InspectionFacts(
                        Optional.of("draw " + request.seed()), actor.department(), Optional.empty(), Set.of()));
        return RandomDraw.draw(request);
    }

    private Inspection execute(Actor actor, InspectionCommand command) {
        Objects.requireNonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            Optional<Inspection> current = store.find(command.id());
            Instant now = now();
            InspectionDecision decision = decider.decide(
                    actor,
                    command,
                    current,
                    rules,
                    now,
                    LocalDate.ofInstant(now, zone),
                    Map.of(),
                    Optional.empty(),
                    Optional.empty());
            try {
                store.append(decision);
                return decision.inspection();
            } catch (InspectionVersionConflictException lostRace) {
                if (command.expectedVersion().isPresent() || attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    private void require(Actor actor, Action action, InspectionFacts facts) {
        Objects.requireNonNull(actor, "actor");
        AccessDecision d = policy.decide(actor, action, facts);
        if (!d.allowed()) {
            throw new InspectionAccessDeniedException(d);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Builds {@link Inspections}. */
    public static final class Builder {
        private InspectionStore store;
        private EntityRegistry entities;
        private Casework casework;
        private AccessPolicy policy = AccessPolicy.standard();
        private Clock clock;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private InspectionRules rules = InspectionRules.standard();

        private Builder() {}

        /** Where credentials and inspections are kept. */
        public Builder store(InspectionStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The registry of the entities inspected. */
        public Builder entities(EntityRegistry value) {
            entities = Objects.requireNonNull(value, "entities");
            return this;
        }

        /** The casework findings are reported through. */
        public Builder casework(Casework value) {
            casework = Objects.requireNonNull(value, "casework");
            return this;
        }

        /** The access policy; {@link AccessPolicy#standard()} unless given (give the casework's). */
        public Builder policy(AccessPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The clock changes are stamped with. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The zone "today" is taken in; Asia/Shanghai unless given (the project's own default). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** Checklists, hazard catalog, caps and the fewest officers; {@link InspectionRules#standard()} unless given. */
        public Builder rules(InspectionRules value) {
            rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** The service. */
        public Inspections build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(casework, "casework");
            Objects.requireNonNull(clock, "clock");
            return new Inspections(this);
        }
    }
}
