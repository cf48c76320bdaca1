package org.gridsafe.memory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gridsafe.port.IdempotencyClaim;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.StoredResponse;

/**
 * Idempotency keys in memory, thread-safe; they do not survive a restart (the JDBC adapter's do).
 *
 * <pre>{@code
 * IdempotencyKeys keys = new InMemoryIdempotencyKeys();
 * IdempotencyClaim claim = keys.claim("cases", "k-1", "sha256:...", Instant.now());
 * }</pre>
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Slot(String fingerprint, Instant claimedAt, Optional<StoredResponse> response) {}

    private record Key(String scope, String key) {}

    private final ConcurrentMap<Key, Slot> slots = new ConcurrentHashMap<>();

    @Override
    public IdempotencyClaim claim(String scope, String key, String requestFingerprint, Instant now) {
        Key k = key(scope, key);
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        Objects.requireNonNull(now, "now");
        Slot fresh = new Slot(requestFingerprint, now, Optional.empty());
        Slot existing = slots.putIfAbsent(k, fresh);
        if (existing == null) {
            return IdempotencyClaim.claimed();
        }
        if (!existing.fingerprint().equals(requestFingerprint)) {
            return IdempotencyClaim.mismatch();
        }
        return existing.response().map(IdempotencyClaim::replay).orElseGet(IdempotencyClaim::inProgress);
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        Objects.requireNonNull(response, "response");
        slots.compute(key(scope, key), (k, slot) -> {
            if (slot == null) {
                throw new IllegalStateException("idempotency key " + k.key() + " in " + k.scope() + " is not claimed");
            }
            if (slot.response().isPresent()) {
                throw new IllegalStateException(
                        "idempotency key " + k.key() + " in " + k.scope() + " is already completed");
            }
            return new Slot(slot.fingerprint(), slot.claimedAt(), Optional.of(response));
        });
    }

    @Override
    public void release(String scope, String key) {
        slots.computeIfPresent(key(scope, key), (k, slot) -> slot.response().isPresent() ? slot : null);
    }

    private static Key key(String scope, String key) {
        if (scope == null || scope.isEmpty()) {
            throw new IllegalArgumentException("scope must not be empty");
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        return new Key(scope, key);
    }
}
