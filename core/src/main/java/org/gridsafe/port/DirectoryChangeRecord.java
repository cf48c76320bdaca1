package org.gridsafe.port;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One recorded change of the directory, as {@link GridDirectoryHistory} lists it: who, why, when
 * it was recorded, from which day it holds and what it changed. Records are chained like a case's
 * events: each hash covers the record and the previous record's hash, so an edited or removed
 * record breaks every hash after it ({@link #hashMatches}).
 *
 * @param version the change's number, from 1, without gaps
 * @param actorId who made it
 * @param actorName the actor's display name then
 * @param reason why, in the actor's words
 * @param recordedAt when the store recorded it
 * @param effectiveFrom the first day the new data holds
 * @param items what changed (for the first version one {@code DIRECTORY_LOADED} item)
 * @param previousHash the previous record's hash (empty for version 1)
 * @param hash the SHA-256 of this record and {@code previousHash}, lowercase hex
 */
public record DirectoryChangeRecord(
        long version,
        String actorId,
        String actorName,
        String reason,
        Instant recordedAt,
        LocalDate effectiveFrom,
        List<DirectoryChangeItem> items,
        String previousHash,
        String hash) {

    public DirectoryChangeRecord {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        items = List.copyOf(items);
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** A new record whose hash is computed from its content and {@code previousHash}. */
    public static DirectoryChangeRecord sealed(
            long version,
            DirectoryChange change,
            Instant recordedAt,
            List<DirectoryChangeItem> items,
            String previousHash) {
        String actorId = change.actor().id();
        String actorName = change.actor().displayName();
        return new DirectoryChangeRecord(
                version,
                actorId,
                actorName,
                change.reason(),
                recordedAt,
                change.effectiveFrom(),
                items,
                previousHash,
                hashOf(
                        version,
                        actorId,
                        actorName,
                        change.reason(),
                        recordedAt,
                        change.effectiveFrom(),
                        items,
                        previousHash));
    }

    /** Whether {@link #hash} is the hash of this record's content and {@link #previousHash}. */
    public boolean hashMatches() {
        return hash.equals(hashOf(version, actorId, actorName, reason, recordedAt, effectiveFrom, items, previousHash));
    }

    /**
     * The hash input: every field as text, each preceded by its length, so no two different records
     * give the same input. The instant is hashed at millisecond precision, which every store keeps.
     */
    private static String hashOf(
            long version,
            String actorId,
            String actorName,
            String reason,
            Instant recordedAt,
            LocalDate effectiveFrom,
            List<DirectoryChangeItem> items,
            String previousHash) {
        Hasher h = Hashing.sha256().newHasher();
        field(h, Long.toString(version));
        field(h, actorId);
        field(h, actorName);
        field(h, reason);
        field(h, Long.toString(recordedAt.toEpochMilli()));
        field(h, effectiveFrom.toString());
        field(h, Integer.toString(items.size()));
        for (DirectoryChangeItem item : items) {
            field(h, item.kind().name());
            field(h, item.subject());
            field(h, item.detail());
        }
        field(h, previousHash);
        return h.hash().toString();
    }

    private static void field(Hasher h, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        h.putInt(bytes.length).putBytes(bytes);
    }
}
