package org.gridsafe;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.SelfCheckFacts;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.Report;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.InternalReportStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.selfcheck.InternalReport;
import org.gridsafe.selfcheck.InternalReportState;
import org.gridsafe.selfcheck.InvalidSelfCheckException;
import org.gridsafe.selfcheck.RunAlreadyExistsException;
import org.gridsafe.selfcheck.SelfCheckAccessDeniedException;
import org.gridsafe.selfcheck.SelfCheckNotFoundException;
import org.gridsafe.selfcheck.WrongSelfCheckStateException;

/**
 * Employees' internal hazard reports (员工内部报告) as an application service: an employee reports a
 * hazard at their enterprise confidentially, the command center over the entity verifies it, a founded
 * report becomes a case (source {@link CaseSource#PUBLIC_REPORT}, reported by the verifier, so the case
 * never names the employee) and may carry a reward record. Who reported is shown only to whom the access
 * policy lets see it ({@link Action#READ_INTERNAL_REPORTER}); everyone else reads the report without it.
 */
public final class InternalReports {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Limits of the texts (the project's own). */
    static final int MIN_DESCRIPTION = 8;

    static final int MAX_TEXT = 500;

    private final InternalReportStore store;
    private final EntityRegistry entities;
    private final Casework casework;
    private final AccessPolicy policy;
    private final Clock clock;

    private InternalReports(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.entities = Objects.requireNonNull(b.entities, "entities");
        this.casework = Objects.requireNonNull(b.casework, "casework");
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.clock = Objects.requireNonNull(b.clock, "clock");
    }

    /** A builder; store, entities, casework and clock are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Submits {@code actor}'s report about {@code entity} ({@link Action#SUBMIT_INTERNAL_REPORT}). The same
     * id with the same content from the same reporter answers the report held (a terminal's retry).
     *
     * @throws InvalidSelfCheckException naming each bad field, with nothing written
     * @throws RunAlreadyExistsException when the id is taken by another report
     */
    public InternalReport submit(
            Actor actor, String id, EntityId entity, String description, String place, Optional<String> contact) {
        List<FieldProblem> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new FieldProblem("id", "must be 1-64 letters, digits, '.', '-' or '_'"));
        }
        text(problems, "description", description, MIN_DESCRIPTION);
        text(problems, "place", place, 1);
        if (contact.isPresent() && (contact.get().isBlank() || contact.get().length() > 100)) {
            problems.add(new FieldProblem("contact", "must be 1 to 100 characters when given"));
        }
        Optional<SupervisedEntity> e = entity == null ? Optional.empty() : entities.find(entity);
        if (e.isEmpty()) {
            problems.add(new FieldProblem("entity", "no entity " + entity + " is registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        SupervisedEntity found = e.get();
        InternalReport report = new InternalReport(
                id,
                found.id(),
                found.profile().name(),
                found.grid().grid(),
                found.facts().enterpriseId(),
                Optional.of(new InternalReport.Reporter(actor.id(), actor.displayName(), contact)),
                description,
                place,
                clock.instant(),
                InternalReportState.SUBMITTED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1);
        require(actor, Action.SUBMIT_INTERNAL_REPORT, report.facts());
        Optional<InternalReport> held = store.find(id);
        if (held.isPresent()) {
            InternalReport h = held.get();
            if (h.reporter().map(InternalReport.Reporter::personId).equals(Optional.of(actor.id()))
                    && h.entity().equals(found.id())
                    && h.description().equals(description)
                    && h.place().equals(place)) {
                return h;
            }
            throw new RunAlreadyExistsException("internal report " + id + " exists with other content");
        }
        store.save(report);
        return report;
    }

    /**
     * Verifies the report ({@link Action#VERIFY_INTERNAL_REPORT}): founded, it becomes a case with the
     * hazard's domain, code and grade, reported by the verifier; unfounded, it ends there. The same
     * verification again answers the report (its case is made once, by origin).
     *
     * @throws WrongSelfCheckStateException when it was verified otherwise before
     */
    public InternalReport verify(
            Actor actor,
            String id,
            boolean founded,
            String note,
            Optional<SafetyDomain> domain,
            Optional<HazardCode> hazard,
            Optional<HazardGrade> grade) {
        InternalReport r = held(id);
        require(actor, Action.VERIFY_INTERNAL_REPORT, r.facts());
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "note", note, 1);
        if (founded) {
            if (domain.isEmpty()) {
                problems.add(new FieldProblem("domain", "is required for a founded report: the case's safety domain"));
            }
            if (hazard.isEmpty()) {
                problems.add(new FieldProblem("hazard", "is required for a founded report: a GB/T 13861 hazard code"));
            }
            if (grade.isEmpty()) {
                problems.add(new FieldProblem("grade", "is required for a founded report: GENERAL or MAJOR"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        if (r.verification().isPresent()) {
            InternalReport.Verification v = r.verification().get();
            if (v.founded() != founded || !v.note().equals(note)) {
                throw new WrongSelfCheckStateException("internal report " + id + " was verified already ("
                        + r.state().zhName() + ", by " + v.verifiedBy() + " at " + v.verifiedAt() + ")");
            }
            if (!founded || r.caseId().isPresent()) {
                return view(actor, r);
            }
        }
        InternalReport.Verification v =
                r.verification().orElse(new InternalReport.Verification(founded, note, actor.id(), clock.instant()));
        if (!founded) {
            InternalReport next =
                    r.next(InternalReportState.UNFOUNDED, Optional.of(v), Optional.empty(), Optional.empty());
            store.save(next);
            return view(actor, next);
        }
        // The case names the report by origin, never the employee: the enterprise reads its cases.
        String link = "（员工内部报告 " + r.id() + "，核实：" + note + "）";
        String body = r.entityName() + " " + r.place() + "：" + r.description();
        int room = InputLimits.DESCRIPTION - link.length();
        String description = (body.length() > room ? body.substring(0, Math.max(0, room)) : body) + link;
        Report.Builder report = Report.builder()
                .source(CaseSource.PUBLIC_REPORT)
                .grid(r.grid())
                .domain(domain.get())
                .hazard(hazard.get())
                .grade(grade.get())
                .description(description)
                .entity(r.entity())
                .origin(new CaseOrigin(originOf(r.id()), "report"));
        r.enterpriseId().ifPresent(report::enterpriseId);
        Case made = casework.report(actor, report.build());
        InternalReport next =
                r.next(InternalReportState.FOUNDED, Optional.of(v), Optional.of(made.id()), Optional.empty());
        store.save(next);
        return view(actor, next);
    }

    /**
     * Records the reward for a founded report ({@link Action#VERIFY_INTERNAL_REPORT}): the amount, the rule
     * it is paid under, who decided and when. Recording the same reward again answers the report.
     *
     * @throws WrongSelfCheckStateException when the report is not founded, or another reward was recorded
     */
    public InternalReport reward(Actor actor, String id, BigDecimal amountYuan, String basis) {
        InternalReport r = held(id);
        require(actor, Action.VERIFY_INTERNAL_REPORT, r.facts());
        List<FieldProblem> problems = new ArrayList<>();
        if (amountYuan == null
                || amountYuan.signum() < 0
                || amountYuan.scale() > 2
                || amountYuan.compareTo(new BigDecimal("10000000")) > 0) {
            problems.add(new FieldProblem("amountYuan", "must be 0 to 10000000 yuan with at most two decimals"));
        }
        text(problems, "basis", basis, 1);
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        if (r.state() != InternalReportState.FOUNDED) {
            throw new WrongSelfCheckStateException(
                    "internal report " + id + " is " + r.state().zhName() + ": only a founded report is rewarded");
        }
        if (r.reward().isPresent()) {
            InternalReport.Reward w = r.reward().get();
            if (w.amountYuan().compareTo(amountYuan) == 0 && w.basis().equals(basis)) {
                return view(actor, r);
            }
            throw new WrongSelfCheckStateException("internal report " + id + " has its reward already ("
                    + w.amountYuan() + " yuan, by " + w.decidedBy() + ")");
        }
        InternalReport next = r.next(
                r.state(),
                r.verification(),
                r.caseId(),
                Optional.of(new InternalReport.Reward(amountYuan, basis, actor.id(), clock.instant())));
        store.save(next);
        return view(actor, next);
    }

    /** The report as {@code actor} may see it ({@link Action#READ_INTERNAL_REPORT}; the reporter only to some). */
    public InternalReport get(Actor actor, String id) {
        InternalReport r = held(id);
        require(actor, Action.READ_INTERNAL_REPORT, r.facts());
        return view(actor, r);
    }

    /** The reports about {@code entity} that {@code actor} may read, as they may see them. */
    public List<InternalReport> byEntity(Actor actor, EntityId entity) {
        return store.byEntity(entity).stream()
                .filter(r -> policy.decide(actor, Action.READ_INTERNAL_REPORT, r.facts())
                        .allowed())
                .map(r -> view(actor, r))
                .toList();
    }

    /** The origin a report's case names, so the case is made once. */
    public static String originOf(String id) {
        return "internal-report:" + id;
    }

    private InternalReport view(Actor actor, InternalReport r) {
        return policy.decide(actor, Action.READ_INTERNAL_REPORTER, r.facts()).allowed() ? r : r.withoutReporter();
    }

    private InternalReport held(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidSelfCheckException("id", "must be 1-64 letters, digits, '.', '-' or '_'");
        }
        return store.find(id).orElseThrow(() -> new SelfCheckNotFoundException("no internal report " + id));
    }

    private void require(Actor actor, Action action, SelfCheckFacts facts) {
        AccessDecision d = policy.decide(actor, action, facts);
        if (!d.allowed()) {
            // A refusal to read is a not-found: it must not tell that a report about the entity exists.
            if (action == Action.READ_INTERNAL_REPORT || action == Action.VERIFY_INTERNAL_REPORT) {
                throw new SelfCheckNotFoundException(
                        "no internal report " + facts.id().orElse("") + " that you may see");
            }
            throw new SelfCheckAccessDeniedException(d);
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int min) {
        if (value == null || value.isBlank() || value.strip().length() < min) {
            problems.add(new FieldProblem(field, "is required, at least " + min + " characters"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters; got " + value.length()));
        }
    }

    /** Builds {@link InternalReports}. */
    public static final class Builder {
        private InternalReportStore store;
        private EntityRegistry entities;
        private Casework casework;
        private AccessPolicy policy = AccessPolicy.standard();
        private Clock clock;

        private Builder() {}

        /** Where the reports are kept. */
        public Builder store(InternalReportStore value) {
            this.store = value;
            return this;
        }

        /** The registry the entities are found in. */
        public Builder entities(EntityRegistry value) {
            this.entities = value;
            return this;
        }

        /** The casework founded reports become cases through. */
        public Builder casework(Casework value) {
            this.casework = value;
            return this;
        }

        /** The access policy (the standard one by default). */
        public Builder policy(AccessPolicy value) {
            this.policy = value;
            return this;
        }

        /** The clock. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** The service. */
        public InternalReports build() {
            return new InternalReports(this);
        }
    }
}
