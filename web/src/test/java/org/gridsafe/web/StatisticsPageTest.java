package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridsafe.Casework;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.threeten.extra.MutableClock;

/**
 * The statistics page in a real browser: the API's indicators and rankings as tables and ECharts
 * charts for the period picked (month, quarter, year, custom range), each table cell the API's
 * figure, and each CSV download byte for byte the API's {@code Accept: text/csv} answer.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StatisticsPageTest {

    private static WebTestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        MutableClock clock = SampleDistrict.mondayMorningClock();
        server = new WebTestServer(true, clock);
        Casework casework = server.gridSafe.casework();
        // March 2026: three reports in 金桥, two registered, one dispatched to the fire brigade and closed.
        Case a = casework.report(SampleDistrict.jinqiaoGridManager(), hazard("消防通道堵塞"));
        casework.report(SampleDistrict.jinqiaoGridManager(), hazard("灭火器过期"));
        Case c = casework.report(SampleDistrict.jinqiaoGridManager(), hazard("配电箱无门 <script>x</script>"));
        casework.register(
                SampleDistrict.jinqiaoCommandCenter(),
                Register.of(c.id()).expectedVersion(c.version()).build());
        clock.add(Duration.ofHours(1));
        a = casework.register(
                SampleDistrict.jinqiaoCommandCenter(),
                Register.of(a.id()).expectedVersion(a.version()).build());
        a = casework.dispatch(
                SampleDistrict.jinqiaoCommandCenter(),
                Dispatch.of(a.id())
                        .expectedVersion(a.version())
                        .department(SampleDistrict.FIRE_BRIGADE)
                        .build());
        clock.add(Duration.ofHours(1));
        a = casework.submitRectification(
                SampleDistrict.fireOfficer(),
                SubmitRectification.of(a.id())
                        .expectedVersion(a.version())
                        .evidence("已清理")
                        .build());
        a = casework.verify(
                SampleDistrict.jinqiaoGridManager(),
                Verify.of(a.id()).expectedVersion(a.version()).passed(true).build());
        casework.close(
                SampleDistrict.jinqiaoCommandCenter(),
                Close.of(a.id()).expectedVersion(a.version()).build());
        clock.add(Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshTab(Browser browser) {
        browser.clearSession(server.url("/signin.html"));
    }

    private static Report hazard(String description) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(SampleDistrict.JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(SampleDistrict.PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description(description)
                .build();
    }

    private static void open(Browser browser, String lang) {
        browser.script("sessionStorage.setItem('gridsafe.lang', arguments[0])", lang);
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.open(server.url("/stats.html"));
        waitLoaded(browser);
    }

    private static void waitLoaded(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private static void apply(Browser browser) {
        browser.script("document.body.dataset.loaded = ''");
        browser.driver.findElement(By.id("period-apply")).click();
        waitLoaded(browser);
    }

    private static String cell(Browser browser, String section, String rowHeader) {
        return browser.driver
                .findElement(By.xpath("//section[@id='" + section + "']//tbody/tr[th='" + rowHeader + "']/td"))
                .getText();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> bars(Browser browser, String section) {
        return (List<Number>) browser.script(
                "return echarts.getInstanceByDom(document.querySelector('#" + section + " .chart'))"
                        + ".getOption().series[0].data",
                new Object[0]);
    }

    private HttpResponse<byte[]> csv(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(server.url(path)))
                            .header("Authorization", "Bearer " + WebTestServer.DISTRICT_CENTER_TOKEN)
                            .header("Accept", "text/csv")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theIndicatorsAndRankingsAreTheApisFiguresAsTablesAndChartsForEachPeriodPicked(Browser browser) {
        open(browser, "zh");
        browser.consoleSinceLastCall();
        // The API's default period, the month so far by the server's clock, shown in the pickers.
        assertThat(browser.driver.findElement(By.id("period-shown")).getText())
                .contains("2026-03-01 至 2026-04-01", "Asia/Shanghai");
        assertThat(browser.driver.findElement(By.id("period-month")).getDomProperty("value"))
                .isEqualTo("2026-03");
        JsonNode march = server.getJson(
                        "/api/v1/stats/indicators?from=2026-03-01&to=2026-04-01", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("indicators");
        assertThat(march.get("reported").asInt()).isEqualTo(3);
        for (String[] figure : new String[][] {
            {"上报", "reported"}, {"立案", "registered"}, {"派遣", "dispatched"}, {"结案", "closed"}, {"当前超期", "overdueNow"}
        }) {
            assertThat(cell(browser, "indicators", figure[0]))
                    .isEqualTo(march.get(figure[1]).asText());
        }
        assertThat(cell(browser, "indicators", "结案率"))
                .isEqualTo(march.at("/closureRate/percent").asText());
        // The chart twin: one bar per count, the same figures; drawn on a canvas.
        assertThat(bars(browser, "indicators")).extracting(Number::intValue).startsWith(3, 2, 1, 1);
        assertThat(browser.driver.findElements(By.cssSelector("#indicators .chart canvas")))
                .isNotEmpty();
        assertThat(browser.driver
                        .findElement(By.cssSelector("#indicators .chart"))
                        .getDomAttribute("role"))
                .isEqualTo("img");

        // The grid ranking: the district's streets, best first, as the API ranks them.
        JsonNode grids = server.getJson(
                        "/api/v1/stats/rankings/grids?from=2026-03-01&to=2026-04-01",
                        WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#grid-ranking tbody tr"));
        assertThat(rows).hasSize(grids.size());
        assertThat(rows.get(0).getText()).contains(grids.at("/0/grid/name").asText());
        assertThat(bars(browser, "grid-ranking")).hasSize(grids.size());
        // Departments: the fire brigade's disposal, by its name.
        assertThat(browser.driver
                        .findElement(By.cssSelector("#departments tbody"))
                        .getText())
                .contains("消防救援大队");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#department-ranking tbody"))
                        .getText())
                .contains("消防救援大队");
        // Patrol indicators are served by this server (no patrols: zeros, not an error).
        assertThat(cell(browser, "patrol", "巡查任务")).isEqualTo("0");
        // The patrol ranking: the streets, as the API ranks them (nothing patrolled: not counted).
        JsonNode patrolRanking = server.getJson(
                        "/api/v1/stats/rankings/patrol?from=2026-03-01&to=2026-04-01",
                        WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items");
        List<WebElement> patrolRows = browser.driver.findElements(By.cssSelector("#patrol-ranking tbody tr"));
        assertThat(patrolRows).hasSize(patrolRanking.size());
        assertThat(patrolRows.get(0).getText())
                .contains(patrolRanking.at("/0/grid/name").asText());
        assertThat(browser.driver.findElements(By.cssSelector("section.stat .message.error")))
                .isEmpty();
        browser.screenshot("stats-month");

        // A quarter: Q1 2026.
        new Select(browser.driver.findElement(By.id("period-kind"))).selectByValue("quarter");
        assertThat(browser.driver.findElement(By.id("period-quarter")).isDisplayed())
                .isTrue();
        assertThat(browser.driver.findElement(By.id("period-month")).isDisplayed())
                .isFalse();
        new Select(browser.driver.findElement(By.id("period-quarter"))).selectByValue("1");
        apply(browser);
        assertThat(browser.driver.findElement(By.id("period-shown")).getText()).contains("2026-01-01 至 2026-04-01");
        assertThat(cell(browser, "indicators", "上报")).isEqualTo("3");

        // A year with nothing: 2025.
        new Select(browser.driver.findElement(By.id("period-kind"))).selectByValue("year");
        WebElement year = browser.driver.findElement(By.id("period-year"));
        year.clear();
        year.sendKeys("2025");
        apply(browser);
        assertThat(browser.driver.findElement(By.id("period-shown")).getText()).contains("2025-01-01 至 2026-01-01");
        assertThat(cell(browser, "indicators", "上报")).isEqualTo("0");
        // Counted in the period: nothing; overdue now is the state today, whatever the period.
        JsonNode empty = server.getJson(
                        "/api/v1/stats/indicators?from=2025-01-01&to=2026-01-01", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("indicators");
        assertThat(bars(browser, "indicators"))
                .extracting(Number::intValue)
                .containsExactly(
                        0,
                        0,
                        0,
                        0,
                        0,
                        empty.get("dueToClose").asInt(),
                        empty.get("overdueNow").asInt());

        // A custom range, its last day included: 30 March only.
        new Select(browser.driver.findElement(By.id("period-kind"))).selectByValue("range");
        browser.script("document.getElementById('period-from').value = '2026-03-30';"
                + "document.getElementById('period-to').value = '2026-03-30';");
        apply(browser);
        assertThat(browser.driver.findElement(By.id("period-shown")).getText()).contains("2026-03-30 至 2026-03-31");
        JsonNode day = server.getJson(
                        "/api/v1/stats/indicators?from=2026-03-30&to=2026-03-31", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("indicators");
        assertThat(cell(browser, "indicators", "上报"))
                .isEqualTo(day.get("reported").asText());
        // A range that ends before it starts is refused by the page, in words.
        browser.script("document.getElementById('period-to').value = '2026-03-01';");
        browser.driver.findElement(By.id("period-apply")).click();
        browser.waitText(By.id("stats-message"), "起始日期不能晚于截止日期");

        List<LogEntry> console = browser.consoleSinceLastCall();
        assertThat(console)
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));

        browser.driver.findElement(By.id("lang-switch")).click();
        browser.waitText(By.id("indicators-title"), "Case indicators");
        assertThat(cell(browser, "indicators", "Reported"))
                .isEqualTo(day.get("reported").asText());
        browser.screenshot("stats-en");
    }

    @Test
    void eachCsvDownloadIsTheApisCsvFetchedWithTheTokenInTheHeader(Browser browser) throws IOException {
        Path downloads = Files.createTempDirectory("gridsafe-csv");
        browser.driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        open(browser, "zh");
        Map<String, String> files = Map.of(
                "indicators", "/api/v1/stats/indicators",
                "grid-ranking", "/api/v1/stats/rankings/grids",
                "departments", "/api/v1/stats/departments",
                "patrol-indicators", "/api/v1/stats/patrol-indicators",
                "patrol-ranking", "/api/v1/stats/rankings/patrol");
        for (Map.Entry<String, String> file : files.entrySet()) {
            String section = file.getKey().equals("patrol-indicators") ? "patrol" : file.getKey();
            browser.driver
                    .findElement(By.cssSelector("#" + section + " button.csv"))
                    .click();
            String name = "gridsafe-" + file.getKey() + "-2026-03-01-2026-04-01.csv";
            browser.waitText(By.cssSelector("#" + section + " .message.ok"), name);
            Path saved = downloads.resolve(name);
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> Files.exists(saved));
            HttpResponse<byte[]> expected = csv(file.getValue() + "?from=2026-03-01&to=2026-04-01");
            assertThat(expected.statusCode()).isEqualTo(200);
            assertThat(expected.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/csv");
            byte[] bytes = Files.readAllBytes(saved);
            // UTF-8 with a byte-order mark, as the API writes it for spreadsheets.
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(bytes).isEqualTo(expected.body());
        }
        // The token never went into a URL: the download is a blob: link, made after an authorised fetch.
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(WebTestServer.DISTRICT_CENTER_TOKEN);
        assertThat(browser.script("return performance.getEntriesByType('resource').map(e => e.name).join(' ')"))
                .asString()
                .contains("/api/v1/stats/indicators")
                .doesNotContain(WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.screenshot("stats-csv");
    }

    @Test
    void theStatisticsPageHasNoSeriousAccessibilityViolationInEitherLanguage(Browser browser) {
        for (String lang : List.of("zh", "en")) {
            browser.clearSession(server.url("/signin.html"));
            open(browser, lang);
            browser.screenshot("page-stats-" + lang);
            List<Map<String, Object>> violations = browser.axeViolations();
            assertThat(violations)
                    .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                    .as("axe-core serious/critical violations on the statistics page (%s)", lang)
                    .isEmpty();
        }
    }
}
