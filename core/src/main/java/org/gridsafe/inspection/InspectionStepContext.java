package org.gridsafe.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.entity.FieldProblem;

/**
 * What a step of {@link InspectionLifecycle} reads (the inspection, the rules, the day, the officers'
 * credentials, the combined inspection joined) and writes (problems, events).
 */
public final class InspectionStepContext {

    private final Optional<Inspection> before;
    private final InspectionRules rules;
    private final Instant now;
    private final LocalDate today;
    private final Map<String, EnforcementCredential> credentials;
    private final Optional<Inspection> joined;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<InspectionEvent> events = new ArrayList<>();

    InspectionStepContext(
            Optional<Inspection> before,
            InspectionRules rules,
            Instant now,
            LocalDate today,
            Map<String, EnforcementCredential> credentials,
            Optional<Inspection> joined) {
        this.before = before;
        this.rules = rules;
        this.now = now;
        this.today = today;
        this.credentials = Map.copyOf(credentials);
        this.joined = joined;
    }

    /** The inspection the command acts on (empty when opening). */
    public Optional<Inspection> before() {
        return before;
    }

    Inspection inspection() {
        return before.orElseThrow();
    }

    InspectionRules rules() {
        return rules;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return today;
    }

    Optional<EnforcementCredential> credential(String number) {
        return Optional.ofNullable(credentials.get(number));
    }

    Optional<Inspection> joined() {
        return joined;
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    void problems(List<FieldProblem> more) {
        problems.addAll(more);
    }

    void text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
        } else if (value.length() > max) {
            problem(field, "must be at most " + max + " characters; got " + value.length());
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problem(field, "must not contain control characters");
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
    }

    void emit(InspectionEvent event) {
        events.add(event);
    }

    List<InspectionEvent> events() {
        return List.copyOf(events);
    }
}
