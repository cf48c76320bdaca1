package org.gridsafe.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.gridsafe.casework.FieldError;

/** Collects field errors while request values are turned into core values; throws them all at once. */
final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    /** {@code text} parsed by {@code parser}, or empty if absent or invalid (then the error is recorded). */
    <T> Optional<T> parse(String field, String text, Function<String, T> parser) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return Optional.empty();
        }
    }

    <E extends Enum<E>> Optional<E> enumValue(String field, String text, Class<E> type) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(
                    new FieldError(field, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return Optional.empty();
        }
    }

    Optional<Instant> instant(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    field, "must be an ISO-8601 date-time with an offset, e.g. 2026-11-30T17:00:00+08:00"));
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date, e.g. 2026-12-31"));
            return Optional.empty();
        }
    }

    <T> T required(String field, Optional<T> value, String text) {
        if (text == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return value.orElse(null);
    }

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws a 400 problem listing every error so far, if there is one. */
    void check(String what) {
        if (!errors.isEmpty()) {
            StringBuilder detail = new StringBuilder(what).append(" is invalid: ");
            for (int i = 0; i < errors.size(); i++) {
                detail.append(i == 0 ? "" : "; ").append(errors.get(i));
            }
            throw ProblemException.invalid(detail.toString(), errors);
        }
    }
}
