package org.gridsafe.port;

import java.util.Objects;

/**
 * The response a completed request produced, kept so a retry with the same idempotency key gets
 * the same answer instead of running the command twice.
 *
 * <pre>{@code
 * keys.complete("POST /api/v1/cases", key, new StoredResponse(201, "application/json", body));
 * }</pre>
 *
 * @param status the status code (an HTTP status for the REST adapter), 100 to 999
 * @param contentType the media type of {@code body}
 * @param body the response body as text; may be empty
 */
public record StoredResponse(int status, String contentType, String body) {

    /** Checks the status range and that no field is null. */
    public StoredResponse {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be 100 to 999, was " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}
