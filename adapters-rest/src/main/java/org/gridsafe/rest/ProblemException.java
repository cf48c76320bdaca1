package org.gridsafe.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.FieldError;

/**
 * An RFC 9457 problem on its way to the client: thrown by handlers, turned into a response by
 * {@link GridSafeHttpApi}. {@code kind} is the last segment of the stable type URI.
 */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String TYPE_BASE = "https://gridsafe.org/problems/";

    final int status;
    final String kind;
    final String title;
    final transient List<FieldError> errors;
    final transient Optional<String> rule;
    final transient Map<String, String> headers;

    ProblemException(
            int status,
            String kind,
            String title,
            String detail,
            List<FieldError> errors,
            Optional<String> rule,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.rule = rule;
        this.headers = Map.copyOf(headers);
    }

    static ProblemException of(int status, String kind, String title, String detail) {
        return new ProblemException(status, kind, title, detail, List.of(), Optional.empty(), Map.of());
    }

    static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(400, "invalid-input", "Invalid input", detail, errors, Optional.empty(), Map.of());
    }

    static ProblemException invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    static ProblemException malformedJson(String detail) {
        return of(400, "malformed-json", "Malformed JSON", detail);
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(
                401,
                "unauthorized",
                "Unauthorized",
                detail,
                List.of(),
                Optional.empty(),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    static ProblemException forbidden(String rule, String detail) {
        return new ProblemException(
                403, "access-denied", "Access denied", detail, List.of(), Optional.of(rule), Map.of());
    }

    static ProblemException notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    static ProblemException tooLarge(long max) {
        return of(413, "payload-too-large", "Payload too large", "the request body is larger than " + max + " bytes");
    }

    /** Seconds a client waits before retrying while the store is down: the project's own choice. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String STORAGE_UNAVAILABLE = "storage-unavailable";
    static final String OUTCOME_UNKNOWN = "outcome-unknown";

    /**
     * 503 while the store is down. {@code outcomeUnknown}: the store failed while a write was being
     * committed, so it may have been stored; the client must re-read before retrying.
     */
    static ProblemException storeUnavailable(boolean outcomeUnknown) {
        ProblemException p = outcomeUnknown
                ? of(
                        503,
                        OUTCOME_UNKNOWN,
                        "Outcome unknown",
                        "the store failed while saving this request: it may or may not have been stored;"
                                + " re-read (GET the case, or list the cases) before retrying; a retry with"
                                + " the same Idempotency-Key is never applied twice")
                : of(
                        503,
                        STORAGE_UNAVAILABLE,
                        "Storage unavailable",
                        "the store cannot be reached right now; nothing of this request was stored;" + " retry after "
                                + RETRY_AFTER_SECONDS + " seconds");
        return p.withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }

    ProblemException withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(status, kind, title, getMessage(), errors, rule, more);
    }

    String type() {
        return TYPE_BASE + kind;
    }
}
