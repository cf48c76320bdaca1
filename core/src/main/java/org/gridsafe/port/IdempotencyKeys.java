package org.gridsafe.port;

import java.time.Instant;

/**
 * Idempotency keys for client retries (e.g. HTTP {@code Idempotency-Key}): the first request with
 * a key runs, a repeat of the same request gets the stored response, a different request with the
 * same key is refused. Keys live in a {@code scope} (e.g. the route and the caller) so two clients
 * cannot collide. All methods are atomic and thread-safe; durable implementations keep keys across
 * restarts.
 *
 * <pre>{@code
 * IdempotencyClaim claim = keys.claim("POST /api/v1/cases|user-7", key, sha256(body), clock.instant());
 * if (claim.outcome() == IdempotencyClaim.Outcome.CLAIMED) {
 *     try {
 *         StoredResponse response = handle(request);
 *         keys.complete(scope, key, response);
 *     } catch (RuntimeException e) {
 *         keys.release(scope, key);
 *         throw e;
 *     }
 * }
 * }</pre>
 */
public interface IdempotencyKeys {

    /**
     * Atomically reserves {@code key} in {@code scope} for a request with {@code requestFingerprint}.
     * Of two concurrent claims of a free key exactly one gets {@link IdempotencyClaim.Outcome#CLAIMED}.
     *
     * @param scope where the key is unique (non-empty)
     * @param key the client's key (non-empty)
     * @param requestFingerprint a digest of the request (method, path, body), to detect reuse of a key
     * @param now when the claim is made (kept for expiry by the host)
     * @return {@code CLAIMED} if the key was free; {@code REPLAY} with the stored response if the same
     *     fingerprint completed; {@code IN_PROGRESS} if the same fingerprint is claimed and not completed;
     *     {@code MISMATCH} if the key was claimed with a different fingerprint
     */
    IdempotencyClaim claim(String scope, String key, String requestFingerprint, Instant now);

    /**
     * Records the response of the request that claimed {@code key}; later claims with the same
     * fingerprint replay it.
     *
     * @throws IllegalStateException if the key is not claimed, or was already completed
     */
    void complete(String scope, String key, StoredResponse response);

    /**
     * Drops a claim whose request failed before producing a response, so a retry can run. Does nothing
     * if the key is not claimed; a completed key is kept (its response stays the answer).
     */
    void release(String scope, String key);
}
