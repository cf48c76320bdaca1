package org.gridsafe.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * A message the loop owes someone: a department about a dispatch, a leader about overdue work, a
 * reporter about the result. Delivered at least once; {@link #key()} lets receivers drop repeats.
 *
 * <p>The structured fields say what a receiver needs to act (which case, what happened, which
 * rung, for whom, by when); {@link #message()} and {@link #messageEn()} are display texts rendered
 * from them by the district's {@link NotificationTemplates}, with times in the district's zone.
 *
 * @param caseId the case
 * @param caseVersion the version of the event that caused it
 * @param kind what it announces
 * @param grid the grid whose people or command center it concerns
 * @param department the department it concerns, if any
 * @param recipientId the person it is for, if one is known (every escalation names one)
 * @param rung the rung reached, for an escalation
 * @param state the case's state once the command was decided, if known (absent in notifications
 *     stored before the field existed)
 * @param deadline the deadline that matters to the receiver: the missed one of an escalation, the
 *     new one of a dispatch, rework or granted extension; empty for a finished case
 * @param zone the district's time zone, in which {@link #deadlineInZone()} and the texts show times
 * @param detail the free text the message quotes (a reason, or the start of the description)
 * @param message the display text in simplified Chinese (zh-CN)
 * @param messageEn the display text in English
 */
public record Notification(
        CaseId caseId,
        long caseVersion,
        NotificationKind kind,
        GridCode grid,
        Optional<DepartmentId> department,
        Optional<String> recipientId,
        Optional<EscalationRung> rung,
        Optional<CaseState> state,
        Optional<Instant> deadline,
        ZoneId zone,
        Optional<String> detail,
        String message,
        String messageEn) {

    public Notification {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        department = StepContext.orEmpty(department);
        recipientId = StepContext.orEmpty(recipientId);
        rung = StepContext.orEmpty(rung);
        state = StepContext.orEmpty(state);
        deadline = StepContext.orEmpty(deadline);
        detail = StepContext.orEmpty(detail);
    }

    /** Unique per notification: case, version, kind and recipient. */
    public String key() {
        return caseId + "/" + caseVersion + "/" + kind + "/" + recipientId.orElse("-");
    }

    /** The deadline as a date and time in the district's zone. */
    public Optional<ZonedDateTime> deadlineInZone() {
        return deadline.map(d -> d.atZone(zone));
    }

    /** The display text for {@code locale}: Chinese for a Chinese locale, English otherwise. */
    public String text(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? message : messageEn;
    }
}
