package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@link CaseEvent} as recorded in a case's log: who, when, which version, and the hash chain.
 *
 * <p>{@code hash} is the SHA-256 of a canonical encoding of every other field (see {@link
 * CaseAudit}); {@code previousHash} is the hash of the event before, or {@link #GENESIS_HASH} for
 * the first. Changing, dropping or reordering any recorded event breaks the chain.
 *
 * @param caseId the case
 * @param version 1 for the first event, then one more per event
 * @param at when it happened (from the injected clock)
 * @param actorId who did it
 * @param event what happened
 * @param previousHash hash of the event before
 * @param hash hash of this event
 */
public record RecordedEvent(
        CaseId caseId, long version, Instant at, String actorId, CaseEvent event, String previousHash, String hash) {

    /** The "previous hash" of every case's first event: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public RecordedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (version < 1) {
            throw new IllegalArgumentException("event version must be at least 1, was " + version);
        }
    }

    /** Records {@code event} after {@code previousHash}, computing its hash. */
    public static RecordedEvent record(
            CaseId caseId, long version, Instant at, String actorId, CaseEvent event, String previousHash) {
        String hash = CaseAudit.hashOf(caseId, version, at, actorId, event, previousHash);
        return new RecordedEvent(caseId, version, at, actorId, event, previousHash, hash);
    }
}
