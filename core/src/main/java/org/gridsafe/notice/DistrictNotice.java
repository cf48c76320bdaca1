package org.gridsafe.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * A notice to a command center (and, where the directory names one, a person) that concerns no
 * case: the work calendar's coverage ends, a major-hazard return is overdue. Kept durably and
 * delivered at least once; {@link #key()} is the same for the same kind, scope, period and day,
 * so a sweep run twice on one day raises nothing twice and receivers can drop repeats.
 *
 * @param key the dedup key: {@code kind/scope/period/day}
 * @param kind what it announces
 * @param scope the grid it concerns; its command center receives it
 * @param recipientId the person it is for, if the directory names one
 * @param recipientName that person's name
 * @param period the last covered year, or the return's period
 * @param day the district's day it was raised for
 * @param dueAt the instant that matters (coverage ends; the end of the return's due day)
 * @param zone the district's zone, in which the texts show times
 * @param raisedAt when the sweep raised it
 * @param message the display text in simplified Chinese (zh-CN)
 * @param messageEn the display text in English
 */
public record DistrictNotice(
        String key,
        NoticeKind kind,
        GridCode scope,
        Optional<String> recipientId,
        Optional<String> recipientName,
        String period,
        LocalDate day,
        Instant dueAt,
        ZoneId zone,
        Instant raisedAt,
        String message,
        String messageEn) {

    public DistrictNotice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        recipientId = recipientId == null ? Optional.empty() : recipientId;
        recipientName = recipientName == null ? Optional.empty() : recipientName;
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        if (!key.equals(keyOf(kind, scope, period, day))) {
            throw new IllegalArgumentException("key " + key + " is not " + keyOf(kind, scope, period, day));
        }
    }

    /**
     * A notice rendered from {@code facts} by {@code templates}.
     *
     * @param recipientId the person it is for, if any
     */
    public static DistrictNotice of(
            NoticeFacts facts, Optional<String> recipientId, Instant raisedAt, NoticeTemplates templates) {
        return new DistrictNotice(
                keyOf(facts.kind(), facts.scope(), facts.period(), facts.day()),
                facts.kind(),
                facts.scope(),
                recipientId,
                facts.recipientName(),
                facts.period(),
                facts.day(),
                facts.dueAt(),
                facts.zone(),
                raisedAt,
                NoticeTemplates.render(templates, facts, Locale.SIMPLIFIED_CHINESE),
                NoticeTemplates.render(templates, facts, Locale.ENGLISH));
    }

    /** The dedup key of a notice: one per kind, scope, period and day. */
    public static String keyOf(NoticeKind kind, GridCode scope, String period, LocalDate day) {
        return kind + "/" + scope.value() + "/" + period + "/" + day;
    }

    /** {@link #dueAt} in the district's zone. */
    public ZonedDateTime dueInZone() {
        return dueAt.atZone(zone);
    }

    /** The display text for {@code locale}: Chinese for a Chinese locale, English otherwise. */
    public String text(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? message : messageEn;
    }
}
