package org.gridsafe.checklist;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a failed item suggests: fix it on the spot (立查立改), fix it by a deadline (限期整改), or treat it
 * as a candidate major accident hazard under a criterion (e.g. {@code MEM_ORDER_10_2023:3.2}). A
 * suggestion, not a decision: the reporter and the command center decide the case's grade.
 *
 * @param kind which of the three
 * @param deadlineDays the suggested days to fix, where the source gives them (none shipped does)
 * @param criterion the major-hazard criterion's key, for {@link Kind#MAJOR_CANDIDATE} only
 */
public record FailureSuggestion(Kind kind, OptionalInt deadlineDays, Optional<String> criterion) {

    /** The three suggestions. */
    public enum Kind {
        FIX_ON_SPOT("立查立改"),
        FIX_BY_DEADLINE("限期整改"),
        MAJOR_CANDIDATE("疑似重大事故隐患");

        private final String zhName;

        Kind(String zhName) {
            this.zhName = zhName;
        }

        /** Display name in simplified Chinese. */
        public String zhName() {
            return zhName;
        }
    }

    public FailureSuggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadlineDays, "deadlineDays");
        Objects.requireNonNull(criterion, "criterion");
        if ((kind == Kind.MAJOR_CANDIDATE) != criterion.isPresent()) {
            throw new IllegalArgumentException("a criterion is named by MAJOR_CANDIDATE and only by it; got " + kind);
        }
        if (deadlineDays.isPresent() && (kind != Kind.FIX_BY_DEADLINE || deadlineDays.getAsInt() < 1)) {
            throw new IllegalArgumentException("deadline days (at least 1) come with FIX_BY_DEADLINE only");
        }
    }

    /** Fix on the spot. */
    public static FailureSuggestion fixOnSpot() {
        return new FailureSuggestion(Kind.FIX_ON_SPOT, OptionalInt.empty(), Optional.empty());
    }

    /** Fix by a deadline the source does not give. */
    public static FailureSuggestion fixByDeadline() {
        return new FailureSuggestion(Kind.FIX_BY_DEADLINE, OptionalInt.empty(), Optional.empty());
    }

    /** A candidate major hazard under {@code criterion}. */
    public static FailureSuggestion majorCandidate(String criterion) {
        return new FailureSuggestion(Kind.MAJOR_CANDIDATE, OptionalInt.empty(), Optional.of(criterion));
    }

    /** Parses the data-file form: {@code FIX_ON_SPOT}, {@code FIX_BY_DEADLINE}, {@code FIX_BY_DEADLINE:7}, {@code MAJOR_CANDIDATE:key}. */
    static FailureSuggestion parse(String text) {
        int colon = text.indexOf(':');
        String head = colon < 0 ? text : text.substring(0, colon);
        String tail = colon < 0 ? null : text.substring(colon + 1);
        Kind kind;
        try {
            kind = Kind.valueOf(head);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "must be FIX_ON_SPOT, FIX_BY_DEADLINE[:days] or MAJOR_CANDIDATE:criterion; got " + text);
        }
        return switch (kind) {
            case FIX_ON_SPOT -> fixOnSpot();
            case FIX_BY_DEADLINE ->
                tail == null
                        ? fixByDeadline()
                        : new FailureSuggestion(kind, OptionalInt.of(Integer.parseInt(tail)), Optional.empty());
            case MAJOR_CANDIDATE -> majorCandidate(Objects.requireNonNull(tail, "MAJOR_CANDIDATE needs :criterion"));
        };
    }
}
