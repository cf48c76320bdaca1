package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An axe-core scan of every page, in both languages: no serious or critical violation. */
@ExtendWith(ScreenshotOnFailure.class)
class AccessibilityTest {

    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
        server.reportAsResident("配电箱门损坏，电线外露");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/, zh",
        "/, en",
        "/signin.html, zh",
        "/signin.html, en",
        "/command.html, zh",
        "/command.html, en",
        "/workbench.html, zh",
        "/workbench.html, en",
        "/patrol.html, zh",
        "/patrol.html, en",
        "/stats.html, zh",
        "/stats.html, en"
    })
    void noSeriousOrCriticalViolation(String page, String lang, Browser browser) {
        browser.clearSession(server.url("/signin.html"));
        browser.script("sessionStorage.setItem('gridsafe.lang', arguments[0])", lang);
        if (page.equals("/command.html") || page.equals("/stats.html")) {
            browser.script(
                    "sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.DISTRICT_CENTER_TOKEN);
        }
        if (page.equals("/workbench.html")) {
            browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.FIRE_OFFICER_TOKEN);
        }
        if (page.equals("/patrol.html")) {
            browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.PATROLLER_TOKEN);
        }
        browser.open(server.url(page));
        browser.screenshot(
                "page-" + (page.equals("/") ? "resident" : page.substring(1).replace(".html", "")) + "-" + lang);

        List<Map<String, Object>> violations = browser.axeViolations();

        assertThat(violations)
                .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .as("axe-core serious/critical violations on %s (%s)", page, lang)
                .isEmpty();
    }
}
