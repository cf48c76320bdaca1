package org.gridsafe.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.media.MediaReference;

/**
 * The answer to one item. Which fields are set depends on the item's {@link AnswerType}: a verdict for
 * pass/fail/n.a., a number, a text, photos. Photos are {@link MediaReference}s (hash, type, size) of
 * files a media store keeps; the service that takes a submission checks that the store holds them.
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
        List<MediaReference> photos,
        Optional<String> note) {

    public ChecklistAnswer {
        Objects.requireNonNull(item, "item");
        verdict = verdict == null ? Optional.empty() : verdict;
        number = number == null ? Optional.empty() : number;
        text = text == null ? Optional.empty() : text;
        // Not List.copyOf: a null element is a field problem of the sheet, not a crash here.
        photos = photos == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(photos));
        note = note == null ? Optional.empty() : note;
    }

    /** A pass/fail/n.a. answer without photos or note. */
    public static ChecklistAnswer of(String item, Verdict verdict) {
        return new ChecklistAnswer(
                item, Optional.of(verdict), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /** This answer with {@code photos} and {@code note}. */
    public ChecklistAnswer with(List<MediaReference> photos, String note) {
        return new ChecklistAnswer(item, verdict, number, text, photos, Optional.ofNullable(note));
    }

    /** Whether the item failed. */
    public boolean failed() {
        return verdict.equals(Optional.of(Verdict.FAIL));
    }
}
