package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/** The pages' security: headers, no inline code, user text as text, and the API untouched beside them. */
@ExtendWith(ScreenshotOnFailure.class)
class PageSecurityTest {

    static final List<String> PAGES = List.of(
            "/", "/signin.html", "/command.html", "/case.html", "/workbench.html", "/patrol.html", "/stats.html");
    private static final String XSS =
            "<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">";

    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshTab(Browser browser) {
        browser.clearSession(server.url("/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.html",
                "/signin.html",
                "/command.html",
                "/js/api.js",
                "/js/i18n.js",
                "/css/app.css",
                "/web/config.json",
                "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet/1.9.4/dist/leaflet.css",
                "/patrol.html",
                "/js/patrol.js",
                "/js/outbox.js",
                "/sw.js",
                "/js/offline.js",
                "/js/shell-version.js",
                "/js/command-queues.js",
                "/js/messages-queues.js",
                "/stats.html",
                "/js/stats.js",
                "/js/messages-stats.js",
                "/webjars/echarts/5.5.0/echarts.common.min.js"
            })
    void everyPageAndFileCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = server.get(path, null);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, List<String>> headers = response.headers().map();
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .contains("object-src 'none'", "base-uri 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers).containsKey("content-type");
        if (path.endsWith(".js")) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .contains("javascript");
        }
    }

    @Test
    void noPageHasAnInlineScriptStyleOrEventHandler(Browser browser) {
        browser.open(server.url("/"));
        for (String page : PAGES) {
            String html = server.get(page, null).body();
            // Parsed by the browser's own HTML parser, not by a pattern.
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) browser.script(
                    "const doc = new DOMParser().parseFromString(arguments[0], 'text/html');"
                            + "const all = [...doc.querySelectorAll('*')];"
                            + "return {"
                            + " scripts: doc.querySelectorAll('script').length,"
                            + " inlineScripts: [...doc.querySelectorAll('script')].filter(s => !s.src || s.textContent.trim()).length,"
                            + " styles: doc.querySelectorAll('style').length,"
                            + " styleAttributes: all.filter(e => e.hasAttribute('style')).length,"
                            + " handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => a.name)),"
                            + " jsUrls: all.filter(e => [...e.attributes].some(a => /^\\s*javascript:/i.test(a.value))).length,"
                            + " external: [...doc.querySelectorAll('[src],[href]')].map(e => e.getAttribute('src') || e.getAttribute('href')).filter(u => /^(https?:)?\\/\\//i.test(u))"
                            + "};",
                    html);
            assertThat((Long) found.get("scripts"))
                    .as(page + " loads its scripts")
                    .isPositive();
            assertThat(found.get("inlineScripts")).as(page + " inline scripts").isEqualTo(0L);
            assertThat(found.get("styles")).as(page + " <style>").isEqualTo(0L);
            assertThat(found.get("styleAttributes")).as(page + " style=").isEqualTo(0L);
            assertThat((List<?>) found.get("handlers"))
                    .as(page + " on* handlers")
                    .isEmpty();
            assertThat(found.get("jsUrls")).as(page + " javascript: URLs").isEqualTo(0L);
            assertThat((List<?>) found.get("external"))
                    .as(page + " CDN or other hosts")
                    .isEmpty();
        }
    }

    @Test
    void thePagesThemselvesBreakNoRuleOfTheirPolicy(Browser browser) {
        browser.consoleSinceLastCall();
        browser.open(server.url("/"));
        browser.open(server.url("/signin.html"));
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.open(server.url("/command.html"));
        assertThat(browser.driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .isNotEmpty();

        List<LogEntry> console = browser.consoleSinceLastCall();
        assertThat(console)
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    @Test
    void aScriptInADescriptionShowsAsCharactersAndNeverRuns(Browser browser) {
        browser.open(server.url("/"));
        new Select(browser.driver.findElement(By.id("report-domain"))).selectByValue("fire");
        browser.driver.findElement(By.id("report-description")).sendKeys(XSS);
        browser.driver.findElement(By.id("report-lat")).sendKeys("31.02");
        browser.driver.findElement(By.id("report-lon")).sendKeys("120.02");
        browser.driver.findElement(By.id("report-submit")).click();
        String id = browser.waitVisible(By.cssSelector("#report-message.ok")).getDomAttribute("data-case-id");
        assertThat(server.caseAsCommandCenter(id).get("description").asText()).isEqualTo(XSS);

        // The resident's own status view.
        browser.driver.findElement(By.id("follow-submit")).click();
        browser.waitText(By.cssSelector("#follow-result .follow-description"), "<script>");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#follow-result .follow-description"))
                        .getText())
                .isEqualTo(XSS);
        assertNothingRan(browser);
        browser.screenshot("xss-resident");

        // The command center's queue.
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.open(server.url("/command.html"));
        String description = browser.waitVisible(
                        By.cssSelector("#queue tr[data-case-id='" + id + "'] .case-description"))
                .getText();
        assertThat(description).isEqualTo(XSS);
        assertNothingRan(browser);
        browser.screenshot("xss-command-center");
    }

    private static void assertNothingRan(Browser browser) {
        assertThat(browser.script("return window.__xss === undefined ? 'nothing' : window.__xss"))
                .isEqualTo("nothing");
        assertThat(browser.driver.findElements(By.cssSelector("main img, main script")))
                .isEmpty();
    }

    @Test
    void theApiBesideThePagesAnswersAsBefore() {
        assertThat(server.get("/openapi.json", null).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/grids", WebTestServer.DISTRICT_CENTER_TOKEN)
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.get("/api/v1/grids", null).statusCode()).isEqualTo(401);
        HttpResponse<String> missing = server.get("/no-such-page.html", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(server.get("/open311/v2/services.json", null).body()).contains("\"service_code\":\"fire\"");
        // Of the Leaflet WebJar only the built files are served, not its sources.
        assertThat(server.get("/webjars/leaflet/1.9.4/src/core/Class.js", null).statusCode())
                .isEqualTo(404);
        // Of the ECharts WebJar only the build the statistics page loads.
        for (String other : List.of("echarts.min.js", "echarts.js", "echarts.js.map", "package.json")) {
            assertThat(server.get("/webjars/echarts/5.5.0/" + other, null).statusCode())
                    .as(other)
                    .isEqualTo(404);
        }
    }

    @Test
    void theSiteHasAnIconSoBrowsersDoNotLogA404OnEveryPage() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url("/favicon.ico")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        // An ICO file: reserved 0, type 1 (icon), one image.
        assertThat(Arrays.copyOf(icon.body(), 6)).containsExactly(0, 0, 1, 0, 1, 0);
    }

    @Test
    void theConfigurationCarriesTheZoneAndTheSitesOpen311KeyOnly() {
        assertThat(server.getJson("/web/config.json", null).toString())
                .isEqualTo("{\"zone\":\"Asia/Shanghai\",\"open311ApiKey\":\"" + WebTestServer.CITIZEN_APP_KEY + "\"}");
    }

    @Test
    void withoutAnOpen311KeyTheResidentPageSaysItCanOnlyFollow(Browser browser) {
        try (WebTestServer keyless = new WebTestServer(false)) {
            browser.open(keyless.url("/"));
            assertThat(browser.driver.findElement(By.id("report-submit")).isEnabled())
                    .isFalse();
            assertThat(browser.driver.findElement(By.id("report-message")).getText())
                    .contains("只能查询进度");
        }
    }
}
