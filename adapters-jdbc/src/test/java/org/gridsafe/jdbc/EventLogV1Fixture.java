package org.gridsafe.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The frozen log {@code fixtures/event-log-v1.jsonl}: {@code case_event} and {@code case_view} rows
 * exactly as an earlier build stored them (see {@code fixtures/README.md}).
 */
final class EventLogV1Fixture {

    /** One stored {@code case_event} row, its text columns verbatim. */
    record EventRow(
            String caseId,
            long seq,
            String eventType,
            int schemaVersion,
            String payload,
            String actorId,
            String occurredAt,
            String previousHash,
            String hash) {}

    /** One stored {@code case_view} row's identity and snapshot. */
    record ViewRow(String caseId, long version, String state, int snapshotVersion, String snapshot) {}

    final List<EventRow> events = new ArrayList<>();
    final List<ViewRow> views = new ArrayList<>();

    private EventLogV1Fixture() {}

    static EventLogV1Fixture load() {
        EventLogV1Fixture fixture = new EventLogV1Fixture();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = EventLogV1Fixture.class.getResourceAsStream("/fixtures/event-log-v1.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("fixtures/event-log-v1.jsonl is missing from the test resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                if (row.get("table").asText().equals("case_event")) {
                    fixture.events.add(new EventRow(
                            row.get("case_id").asText(),
                            row.get("seq").asLong(),
                            row.get("event_type").asText(),
                            row.get("schema_version").asInt(),
                            row.get("payload").asText(),
                            row.get("actor_id").asText(),
                            row.get("occurred_at").asText(),
                            row.get("previous_hash").asText(),
                            row.get("hash").asText()));
                } else {
                    fixture.views.add(new ViewRow(
                            row.get("case_id").asText(),
                            row.get("version").asLong(),
                            row.get("state").asText(),
                            row.get("snapshot_version").asInt(),
                            row.get("snapshot").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }
}
