package org.gridsafe.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridsafe.entity.Evidence;
import org.gridsafe.entity.FieldProblem;

/**
 * A versioned checklist template (检查表): id and version, the day it takes effect, its title, source
 * and evidence tag, and its sections of items. A new version is a new template; answers name the
 * version they were given to ({@link ChecklistRef}), so an old answer sheet keeps its meaning.
 *
 * @param ref id and version
 * @param title its title
 * @param effectiveFrom the day it takes effect
 * @param evidence how well it is sourced as a whole
 * @param source where it comes from
 * @param sections its sections, in order; item codes are unique across them
 */
public record Checklist(
        ChecklistRef ref,
        String title,
        LocalDate effectiveFrom,
        Evidence evidence,
        String source,
        List<ChecklistSection> sections) {

    /** The text form of a photo reference: {@code sha256:} and the content hash (check-in photos). */
    public static final Pattern PHOTO = Pattern.compile("sha256:[0-9a-f]{64}");

    /** At most this many photos per answer (the project's own limit). */
    public static final int MAX_PHOTOS = 9;

    /** At most this many characters of note or text per answer (the project's own limit). */
    public static final int MAX_TEXT = 1000;

    public Checklist {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
        sections = List.copyOf(sections);
        Set<String> codes = new HashSet<>();
        for (ChecklistSection s : sections) {
            for (ChecklistItem i : s.items()) {
                if (!codes.add(i.code())) {
                    throw new IllegalArgumentException(ref + ": item code " + i.code() + " appears twice");
                }
            }
        }
    }

    /** Every item, section by section. */
    public List<ChecklistItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The item with {@code code}. */
    public Optional<ChecklistItem> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The items that apply to an entity of {@code kinds} with {@code sectors}. */
    public List<ChecklistItem> applicableTo(Collection<String> kinds, Collection<String> sectors) {
        return items().stream().filter(i -> i.appliesTo(kinds, sectors)).toList();
    }

    /**
     * Every problem of an answer sheet for an entity of {@code kinds} with {@code sectors}: an answer
     * for an item not in this template or not applicable to the entity, two answers for one item, an
     * answer of the wrong type, a missing photo, a bad photo reference, an applicable item left
     * unanswered. Fields are named {@code answers[i].<field>} (or {@code answers} for a missing item).
     */
    public List<FieldProblem> problems(
            List<ChecklistAnswer> answers, Collection<String> kinds, Collection<String> sectors) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int n = 0; n < answers.size(); n++) {
            ChecklistAnswer a = answers.get(n);
            String at = "answers[" + n + "].";
            Optional<ChecklistItem> found = item(a.item());
            if (found.isEmpty()) {
                problems.add(new FieldProblem(at + "item", a.item() + " is not an item of checklist " + ref));
                continue;
            }
            ChecklistItem item = found.get();
            if (!item.appliesTo(kinds, sectors)) {
                problems.add(new FieldProblem(
                        at + "item", a.item() + " of checklist " + ref + " does not apply to this entity"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(a.item(), n);
            if (earlier != null) {
                problems.add(
                        new FieldProblem(at + "item", a.item() + " is answered already in answers[" + earlier + "]"));
                continue;
            }
            checkValue(item, a, at, problems);
        }
        for (ChecklistItem item : applicableTo(kinds, sectors)) {
            if (!seen.containsKey(item.code())) {
                problems.add(
                        new FieldProblem("answers", "item " + item.code() + " (" + item.text() + ") is not answered"));
            }
        }
        return problems;
    }

    private static void checkValue(ChecklistItem item, ChecklistAnswer a, String at, List<FieldProblem> problems) {
        AnswerType type = item.answerType();
        boolean wantsVerdict = type == AnswerType.PASS_FAIL_NA;
        if (wantsVerdict != a.verdict().isPresent()) {
            problems.add(new FieldProblem(
                    at + "verdict",
                    wantsVerdict ? "is required: PASS, FAIL or NOT_APPLICABLE" : "is only for pass/fail items"));
        }
        if ((type == AnswerType.NUMBER) != a.number().isPresent()) {
            problems.add(new FieldProblem(
                    at + "number",
                    type == AnswerType.NUMBER ? "is required for a number item" : "is only for number items"));
        }
        a.number().ifPresent(x -> {
            if (x.isNaN() || x.isInfinite()) {
                problems.add(new FieldProblem(at + "number", "must be a finite number"));
            }
        });
        if (type == AnswerType.TEXT && a.text().map(String::isBlank).orElse(true)) {
            problems.add(new FieldProblem(at + "text", "is required for a text item"));
        } else if (type != AnswerType.TEXT && a.text().isPresent()) {
            problems.add(new FieldProblem(at + "text", "is only for text items; use note"));
        }
        a.text()
                .filter(t -> t.length() > MAX_TEXT)
                .ifPresent(t -> problems.add(new FieldProblem(
                        at + "text", "must be at most " + MAX_TEXT + " characters; got " + t.length())));
        a.note()
                .filter(t -> t.length() > MAX_TEXT)
                .ifPresent(t -> problems.add(new FieldProblem(
                        at + "note", "must be at most " + MAX_TEXT + " characters; got " + t.length())));
        boolean notApplicable = a.verdict().equals(Optional.of(Verdict.NOT_APPLICABLE));
        if ((type == AnswerType.PHOTO || (item.photoRequired() && !notApplicable))
                && a.photos().isEmpty()) {
            problems.add(new FieldProblem(at + "photos", "item " + item.code() + " requires a photo"));
        }
        if (a.photos().size() > MAX_PHOTOS) {
            problems.add(new FieldProblem(
                    at + "photos", a.photos().size() + " photos given; at most " + MAX_PHOTOS + " are allowed"));
        }
        for (int p = 0; p < a.photos().size(); p++) {
            if (a.photos().get(p) == null) {
                problems.add(new FieldProblem(at + "photos[" + p + "]", "is required"));
            }
        }
    }
}
