package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.GridSafe;
import org.gridsafe.Patrols;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.patrol.CheckIn;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.port.GridDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's patrol plans and month of history: reproducible from the seed, loaded once, visible in the indicators. */
class DemoPatrolHistoryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Actor CENTER = Actor.commandCenter("cc-d", "区指挥中心", DemoDistrict.DISTRICT);

    /** The whole demo in memory, its history generated as of {@code now}; answers every occurrence. */
    private static List<PatrolOccurrence> generate(Instant now) {
        GridDirectory directory = DemoDistrict.directory();
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        SupervisedEntities entities = SupervisedEntities.builder()
                .registry(registry)
                .directory(directory)
                .clock(Clock.fixed(now.minusSeconds(40L * 86_400), ZONE))
                .nineSmallProfile(DemoEntities.NINE_SMALL_PROFILE)
                .build();
        DemoEntities.load(entities, CENTER, today.minusDays(40));
        InMemoryPatrolStore store = new InMemoryPatrolStore();
        GridSafe[] gridSafe = new GridSafe[1];
        var history = DemoPatrols.load(
                        clock -> {
                            gridSafe[0] = GridSafe.builder()
                                    .directory(directory)
                                    .entityRegistry(registry)
                                    .clock(clock)
                                    .build();
                            return Patrols.builder()
                                    .store(store)
                                    .entities(registry)
                                    .directory(directory)
                                    .casework(gridSafe[0].casework())
                                    .clock(clock)
                                    .zone(ZONE)
                                    .build();
                        },
                        CENTER,
                        today,
                        ZONE,
                        now)
                .orElseThrow();
        assertThat(history.plans()).isEqualTo(DemoPatrols.plans().size());
        List<PatrolOccurrence> all = store.search(PatrolQuery.all().limit(1000));
        assertThat(all).hasSize(history.occurrences());
        return all;
    }

    @Test
    void theSameSeedAndDayGiveTheSameMonthWithEveryOutcome() {
        Instant now = LocalDate.of(2026, 12, 2).atTime(10, 30).atZone(ZONE).toInstant();
        List<PatrolOccurrence> first = generate(now);
        List<PatrolOccurrence> again = generate(now);
        assertThat(again).isEqualTo(first);

        Map<OccurrenceState, Long> states =
                first.stream().collect(Collectors.groupingBy(PatrolOccurrence::state, Collectors.counting()));
        assertThat(states.keySet())
                .containsAll(EnumSet.of(
                        OccurrenceState.DONE,
                        OccurrenceState.MISSED,
                        OccurrenceState.SKIPPED,
                        OccurrenceState.SCHEDULED));
        assertThat(states.get(OccurrenceState.DONE)).isGreaterThan(states.get(OccurrenceState.MISSED));
        Set<String> methods = first.stream()
                .flatMap(o -> o.checkIn().stream())
                .map(CheckIn::method)
                .map(Enum::name)
                .collect(Collectors.toSet());
        assertThat(methods).containsExactlyInAnyOrder("GPS", "QR_AT_PREMISES", "PHOTO_REVIEW");
        // Every done occurrence answered its checklist; some failed items became cases, none pending.
        assertThat(first.stream().filter(o -> o.state() == OccurrenceState.DONE))
                .allSatisfy(o -> assertThat(o.answers()).isNotEmpty());
        long cases = first.stream()
                .flatMap(o -> o.findings().stream())
                .filter(f -> f.caseId().isPresent())
                .count();
        assertThat(cases).isGreaterThanOrEqualTo(5);
        assertThat(first.stream().filter(PatrolOccurrence::hasPendingFindings)).isEmpty();
        // The history spans the month: done occurrences in at least four distinct weeks.
        assertThat(first.stream()
                        .filter(o -> o.state() == OccurrenceState.DONE)
                        .map(o -> o.scheduled().period().key())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(4);
        // Nothing was done after the moment of loading.
        assertThat(first.stream().flatMap(o -> o.checkIn().stream()))
                .allSatisfy(c -> assertThat(c.at()).isBefore(now));
    }

    @Test
    void aLaterDayGivesAHistoryRelativeToIt() {
        Instant now = LocalDate.of(2027, 3, 15).atTime(9, 0).atZone(ZONE).toInstant();
        List<PatrolOccurrence> all = generate(now);
        assertThat(all).isNotEmpty();
        assertThat(all.stream().map(o -> o.scheduled().windowEnd()))
                .allSatisfy(end -> assertThat(end).isAfter(now.minusSeconds(45L * 86_400)));
    }

    @Test
    void theDemoServerShowsPatrolIndicatorsOnFirstStartAndDoesNotDoubleTheHistory(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        LocalDate today = LocalDate.now(ZONE);
        String period = "?from=" + today.minusDays(DemoPatrols.HISTORY_DAYS) + "&to=" + today.plusDays(1);
        int occurrences;
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(server.baseUrl());
            ServerHttp.Answer answer = http.get("/api/v1/stats/patrol-indicators" + period, "demo-district-center");
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
            JsonNode i = answer.body().get("indicators");
            assertThat(i.get("missed").asInt()).as(i.toString()).isPositive();
            assertThat(i.get("done").asInt()).as(i.toString()).isPositive();
            assertThat(i.get("skipped").asInt()).as(i.toString()).isPositive();
            assertThat(i.get("coverage").get("numerator").asInt())
                    .as(i.toString())
                    .isPositive();
            assertThat(i.get("patrolCases").asInt()).as(i.toString()).isPositive();
            occurrences = i.get("occurrences").asInt();
            assertThat(http.get("/api/v1/patrol-plans", "demo-district-center")
                            .body()
                            .get("items"))
                    .hasSize(DemoPatrols.plans().size());
            // The demo patroller's terminal has its own work, open and done.
            ServerHttp.Answer mine = http.get("/api/v1/patrols?limit=200", "demo-patroller");
            assertThat(mine.status()).as(String.valueOf(mine.body())).isEqualTo(200);
            assertThat(mine.body().get("items")).isNotEmpty();
        }
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ServerHttp http = new ServerHttp(server.baseUrl());
            JsonNode i = http.get("/api/v1/stats/patrol-indicators" + period, "demo-district-center")
                    .body()
                    .get("indicators");
            assertThat(i.get("occurrences").asInt()).isEqualTo(occurrences);
            assertThat(http.get("/api/v1/patrol-plans", "demo-district-center")
                            .body()
                            .get("items"))
                    .hasSize(DemoPatrols.plans().size());
        }
    }
}
