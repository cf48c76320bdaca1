package org.gridsafe.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks that a case's event log is the one that was written: versions 1, 2, 3, ... of one case,
 * each event's {@code previousHash} equal to the hash before it, and each hash equal to the
 * SHA-256 of the event's canonical encoding.
 *
 * <pre>{@code
 * AuditResult result = CaseAudit.verify(store.load(caseId));
 * if (!result.intact()) { alarm(result.firstBrokenVersion(), result.problem()); }
 * }</pre>
 */
public final class CaseAudit {

    private static final HexFormat HEX = HexFormat.of();
    private static final MessageDigest SHA256_PROTOTYPE = newSha256();

    private CaseAudit() {}

    /** Verifies {@code events} (one case's log, in order) and names the first broken link. */
    public static AuditResult verify(List<RecordedEvent> events) {
        String previous = RecordedEvent.GENESIS_HASH;
        long expectedVersion = 1;
        CaseId caseId = events.isEmpty() ? null : events.get(0).caseId();
        for (RecordedEvent recorded : events) {
            if (!recorded.caseId().equals(caseId)) {
                return AuditResult.broken(
                        recorded.version(), "event belongs to case " + recorded.caseId() + ", not " + caseId);
            }
            if (recorded.version() != expectedVersion) {
                return AuditResult.broken(
                        recorded.version(), "expected version " + expectedVersion + ", found " + recorded.version());
            }
            if (!recorded.previousHash().equals(previous)) {
                return AuditResult.broken(
                        recorded.version(),
                        "previous hash does not match the hash of version " + (expectedVersion - 1));
            }
            String actual = hashOf(
                    recorded.caseId(),
                    recorded.version(),
                    recorded.at(),
                    recorded.actorId(),
                    recorded.event(),
                    recorded.previousHash());
            if (!actual.equals(recorded.hash())) {
                return AuditResult.broken(recorded.version(), "content does not match its hash: the event was altered");
            }
            previous = recorded.hash();
            expectedVersion++;
        }
        return AuditResult.ok();
    }

    static String hashOf(
            CaseId caseId, long version, Instant at, String actorId, CaseEvent event, String previousHash) {
        // The envelope's encoding, then the event's: the bytes stored logs were hashed with (a
        // test pins them).
        String canonical = CanonicalEncoding.encode(List.of(caseId.value(), version, at, actorId, previousHash), event);
        return HEX.formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A fresh SHA-256 digest, cloned from a prototype: {@code MessageDigest.getInstance} looks up
     * the provider and constructs by reflection on every call, a few per cent of a command's time.
     */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
