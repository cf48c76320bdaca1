package org.gridsafe.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IdempotencyKeys#claim} found for a key.
 *
 * <pre>{@code
 * IdempotencyClaim claim = keys.claim(scope, key, fingerprint, now);
 * switch (claim.outcome()) {
 *     case CLAIMED -> run the request, then keys.complete(scope, key, response)
 *     case REPLAY -> answer with claim.response().get()
 *     case IN_PROGRESS -> answer "409, try again later"
 *     case MISMATCH -> answer "422, key reused for a different request"
 * }
 * }</pre>
 *
 * @param outcome what happened
 * @param response the stored response; present exactly when {@code outcome} is {@link Outcome#REPLAY}
 */
public record IdempotencyClaim(Outcome outcome, Optional<StoredResponse> response) {

    /** Checks that a response is present exactly for a replay. */
    public IdempotencyClaim {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(response, "response");
        if ((outcome == Outcome.REPLAY) != response.isPresent()) {
            throw new IllegalArgumentException("a stored response comes with REPLAY and only with it; outcome was "
                    + outcome + ", response " + (response.isPresent() ? "present" : "absent"));
        }
    }

    /** The key was free and is now reserved for the caller. */
    public static IdempotencyClaim claimed() {
        return new IdempotencyClaim(Outcome.CLAIMED, Optional.empty());
    }

    /** The same request already completed with {@code response}. */
    public static IdempotencyClaim replay(StoredResponse response) {
        return new IdempotencyClaim(Outcome.REPLAY, Optional.of(response));
    }

    /** The same request is still running. */
    public static IdempotencyClaim inProgress() {
        return new IdempotencyClaim(Outcome.IN_PROGRESS, Optional.empty());
    }

    /** The key was used for a different request. */
    public static IdempotencyClaim mismatch() {
        return new IdempotencyClaim(Outcome.MISMATCH, Optional.empty());
    }

    /** The four answers to a claim. */
    public enum Outcome {
        /** The key was free and is now reserved: run the request, then complete or release the key. */
        CLAIMED,
        /** The same request (same fingerprint) completed: answer with the stored response. */
        REPLAY,
        /** The same key is claimed and not completed yet: the first request is still running. */
        IN_PROGRESS,
        /** The key was used with a different request fingerprint: refuse. */
        MISMATCH
    }
}
