package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new release on the same origin in a real browser: the page loaded from the older release's
 * server, then the server replaced by a newer release on the same port. The first load after the
 * upgrade already runs the new release's script (never the cached older one), the new worker's cache
 * replaces the old one, and offline the page then comes from the new cache.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OfflineUpgradeTest {

    private WebTestServer server;
    private Browser browser;

    @AfterEach
    void stop() {
        try {
            browser.driver.deleteNetworkConditions();
        } catch (RuntimeException e) {
            // None were set.
        }
        if (server != null) {
            server.close();
        }
    }

    private static String version(WebTestServer server) {
        String script = server.get(WebPages.SERVICE_WORKER_PATH, null).body();
        return script.replaceAll("(?s).*const VERSION = '([0-9a-f]{16})'.*", "$1");
    }

    private String pageVersion() {
        return browser.driver.findElement(By.tagName("body")).getDomAttribute("data-shell-version");
    }

    @SuppressWarnings("unchecked")
    private List<String> cacheNames() {
        return (List<String>) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; caches.keys().then(done);");
    }

    private void reload() {
        browser.script("document.body.dataset.ready = ''; location.reload();");
        browser.waitReady();
    }

    @Test
    void aNewReleaseServesItsOwnScriptAtOnceAndReplacesTheKeptShell(Browser browser) {
        this.browser = browser;
        server = new WebTestServer(true, SampleDistrict.mondayMorning(), 0, "2026.11");
        String older = version(server);
        browser.open(server.url("/signin.html"));
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        wait.until(d -> "cached".equals(d.findElement(By.tagName("body")).getDomAttribute("data-shell")));
        assertThat(pageVersion()).isEqualTo(older);
        wait.until(d -> cacheNames().equals(List.of("gridsafe-shell-" + older)));

        // The upgrade: the same origin (the same port), a newer release.
        int port = server.api.port();
        server.close();
        server = new WebTestServer(true, SampleDistrict.mondayMorning(), port, "2026.12");
        String newer = version(server);
        assertThat(newer).isNotEqualTo(older);

        // The first load after the upgrade runs the new release's script, though the old shell is still kept.
        reload();
        assertThat(pageVersion()).isEqualTo(newer);
        wait.until(d -> cacheNames().equals(List.of("gridsafe-shell-" + newer)));

        // Offline (no server at all): the page comes from the new release's cache.
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        browser.driver.setNetworkConditions(conditions);
        server.unreachable();
        reload();
        assertThat(pageVersion()).isEqualTo(newer);
        assertThat(browser.driver.findElement(By.id("offline-banner")).isDisplayed())
                .isTrue();
        server.reachable();
    }
}
