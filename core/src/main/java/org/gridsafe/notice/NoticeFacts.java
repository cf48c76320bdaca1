package org.gridsafe.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * What a {@link NoticeTemplates} renders a notice's texts from.
 *
 * @param kind what it announces
 * @param scope the grid it concerns (the district, or a street for a street's return)
 * @param scopeName the grid's display name
 * @param period what it is about: the last covered year ({@code 2026}) or the return's period ({@code 2026-Q3})
 * @param day the district's day it was raised for
 * @param dueAt the instant that matters: when coverage ends, or the end of the return's due day
 * @param zone the district's zone, in which times are shown
 * @param recipientName the person it is for, if the directory names one
 */
public record NoticeFacts(
        NoticeKind kind,
        GridCode scope,
        String scopeName,
        String period,
        LocalDate day,
        Instant dueAt,
        ZoneId zone,
        Optional<String> recipientName) {

    public NoticeFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(recipientName, "recipientName");
    }

    /** {@link #dueAt} in the district's zone. */
    public ZonedDateTime dueInZone() {
        return dueAt.atZone(zone);
    }
}
