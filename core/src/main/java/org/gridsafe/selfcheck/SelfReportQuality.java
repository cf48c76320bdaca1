package org.gridsafe.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.entity.FieldProblem;

/**
 * The quality check of a self-report (自查自报质量): a pure function of the report, the checklist item
 * it answers and the rules. It refuses a description copied from the item's text, one shorter than
 * the minimum, and a description, place or measure in the stop list or made of digits only; it needs
 * the place, description and measure, and a photo where the template requires one. Each refusal names
 * the field and why.
 *
 * <pre>{@code
 * List<FieldProblem> p = SelfReportQuality.check(report, item, QualityRules.standard(), "reports[0].");
 * }</pre>
 */
public final class SelfReportQuality {

    private SelfReportQuality() {}

    /** The problems of {@code report} for {@code item}, fields named with {@code prefix}; empty: it passes. */
    public static List<FieldProblem> check(SelfReport report, ChecklistItem item, QualityRules rules, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        text(report.place(), prefix + "place", "the place of the hazard (部位)", rules, problems);
        boolean described = text(report.description(), prefix + "description", "what is wrong", rules, problems);
        text(report.measure(), prefix + "measure", "the rectification measure (整改措施)", rules, problems);
        if (described) {
            String d = normal(report.description());
            if (d.equals(normal(item.text()))) {
                problems.add(new FieldProblem(
                        prefix + "description",
                        "is the text of checklist item " + item.code()
                                + "; say what is wrong here, in your own words"));
            } else if (d.codePointCount(0, d.length()) < rules.minDescription()) {
                problems.add(new FieldProblem(
                        prefix + "description",
                        "is too short: at least " + rules.minDescription() + " characters, got "
                                + d.codePointCount(0, d.length())));
            }
        }
        if (item.photoRequired() && report.photos().isEmpty()) {
            problems.add(
                    new FieldProblem(prefix + "photos", "item " + item.code() + " requires a photo of the hazard"));
        }
        for (int p = 0; p < report.photos().size(); p++) {
            if (report.photos().get(p) == null) {
                problems.add(new FieldProblem(prefix + "photos[" + p + "]", "is required"));
            }
        }
        return problems;
    }

    /** Whether the text is there and says something; adds the problem when not. */
    private static boolean text(String value, String field, String what, QualityRules rules, List<FieldProblem> out) {
        if (value == null || normal(value).isEmpty()) {
            out.add(new FieldProblem(field, "is required: " + what));
            return false;
        }
        if (value.length() > rules.maxText()) {
            out.add(new FieldProblem(
                    field, "must be at most " + rules.maxText() + " characters; got " + value.length()));
            return false;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            out.add(new FieldProblem(field, "must not contain control characters"));
            return false;
        }
        String n = normal(value);
        if (n.chars().allMatch(Character::isDigit)) {
            out.add(new FieldProblem(field, "is digits only; say " + what));
            return false;
        }
        for (String stop : rules.stopList()) {
            if (n.equals(normal(stop))) {
                out.add(new FieldProblem(field, "\"" + stop + "\" says nothing; say " + what));
                return false;
            }
        }
        return true;
    }

    /** Trimmed of white space and of punctuation at either end, lower case, inner white space collapsed. */
    static String normal(String text) {
        String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int start = 0;
        int end = s.length();
        while (start < end && trimmable(s.charAt(start))) {
            start++;
        }
        while (end > start && trimmable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || "。，、；：！？.,;:!?…~-—\"'“”‘’（）()".indexOf(c) >= 0;
    }
}
