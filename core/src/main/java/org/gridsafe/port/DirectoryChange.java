package org.gridsafe.port;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.gridsafe.access.Actor;

/**
 * Who changes the grid directory, why, and from which day the change holds: what a store keeps
 * beside each replacement so that the directory's history can be read back and audited.
 *
 * @param actor who made the change (an administrator, or {@link Actor#SYSTEM} for a first load)
 * @param reason why, in the administrator's words; 1-500 characters
 * @param effectiveFrom the first day the new data holds (the district's own calendar day)
 */
public record DirectoryChange(Actor actor, String reason, LocalDate effectiveFrom) {

    /** The longest reason accepted. */
    public static final int MAX_REASON_LENGTH = 500;

    /** The reason recorded for a replacement made without a {@code DirectoryChange}. */
    public static final String UNSTATED_REASON = "未说明原因的替换";

    /** A change by {@link Actor#SYSTEM} with {@link #UNSTATED_REASON}, effective from {@code day}. */
    public static DirectoryChange unstated(LocalDate day) {
        return new DirectoryChange(Actor.SYSTEM, UNSTATED_REASON, day);
    }

    public DirectoryChange {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        checkArgument(!reason.isBlank(), "reason: must not be blank");
        checkArgument(
                reason.length() <= MAX_REASON_LENGTH,
                "reason: at most %s characters, got %s",
                MAX_REASON_LENGTH,
                reason.length());
    }
}
