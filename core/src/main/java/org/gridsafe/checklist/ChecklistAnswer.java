package org.gridsafe.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one item. Which fields are set depends on the item's {@link AnswerType}: a verdict for
 * pass/fail/n.a., a number, a text, photos. Photos are referenced by content hash
 * ({@code sha256:} and 64 lower-case hex digits); the files themselves are kept by a media store.
 *
 * @param item the item's code
 * @param verdict for {@link AnswerType#PASS_FAIL_NA}
 * @param number for {@link AnswerType#NUMBER}
 * @param text for {@link AnswerType#TEXT}
 * @param photos photo references; at least one for a photo item or an item that requires a photo
 * @param note what the patroller adds (where, what exactly)
 */
public record ChecklistAnswer(
        String item,
        Optional<Verdict> verdict,
        Optional<Double> number,
        Optional<String> text,
        List<String> photos,
        Optional<String> note) {

    public ChecklistAnswer {
        Objects.requireNonNull(item, "item");
        verdict = verdict == null ? Optional.empty() : verdict;
        number = number == null ? Optional.empty() : number;
        text = text == null ? Optional.empty() : text;
        photos = photos == null ? List.of() : List.copyOf(photos);
        note = note == null ? Optional.empty() : note;
    }

    /** A pass/fail/n.a. answer without photos or note. */
    public static ChecklistAnswer of(String item, Verdict verdict) {
        return new ChecklistAnswer(
                item, Optional.of(verdict), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /** This answer with {@code photos} and {@code note}. */
    public ChecklistAnswer with(List<String> photos, String note) {
        return new ChecklistAnswer(item, verdict, number, text, photos, Optional.ofNullable(note));
    }

    /** Whether the item failed. */
    public boolean failed() {
        return verdict.equals(Optional.of(Verdict.FAIL));
    }
}
