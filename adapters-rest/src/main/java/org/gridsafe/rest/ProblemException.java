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

    ProblemException withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(status, kind, title, getMessage(), errors, rule, more);
    }

    String type() {
        return TYPE_BASE + kind;
    }
}
