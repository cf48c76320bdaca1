package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service worker in a real browser: the patrol terminal loaded online once loads again with the
 * network switched off (Chromium's network emulation), shows its waiting outbox and queues a report
 * that goes out once the connection returns; the worker's cache holds the shell only, in one
 * versioned cache, with older ones removed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OfflineShellTest {

    private WebTestServer server;
    private Browser browser;

    @BeforeEach
    void start(Browser browser) {
        this.browser = browser;
        // The device stamps nothing here, but the server runs on the real time as the terminal's tests do.
        server = new WebTestServer(true, Clock.system(SampleDistrict.ZONE));
        browser.clearSession(server.url("/signin.html"));
        browser.driver.executeCdpCommand(
                "Browser.grantPermissions", Map.of("origin", server.base, "permissions", List.of("geolocation")));
        browser.driver.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", 31.02, "longitude", 120.02, "accuracy", 12));
    }

    @AfterEach
    void stop() {
        online();
        browser.driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
        browser.driver.executeCdpCommand("Browser.resetPermissions", Map.of());
        server.close();
    }

    private void offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        browser.driver.setNetworkConditions(conditions);
    }

    private void online() {
        try {
            browser.driver.deleteNetworkConditions();
        } catch (RuntimeException e) {
            // None were set.
        }
    }

    private void waitShell() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> "cached".equals(d.findElement(By.tagName("body")).getDomAttribute("data-shell"))
                        && Boolean.TRUE.equals(browser.script("return navigator.serviceWorker.controller !== null")));
    }

    private void reload() {
        browser.script("document.body.dataset.ready = ''; location.reload();");
        browser.waitReady();
    }

    private void waitWaiting(int count) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(40))
                .until(d -> String.valueOf(count)
                        .equals(d.findElement(By.id("outbox-count")).getDomAttribute("data-count")));
    }

    private void report(String description) {
        new Select(browser.driver.findElement(By.id("report-domain"))).selectByValue("FIRE");
        new Select(browser.driver.findElement(By.id("report-hazard")))
                .selectByValue(SampleDistrict.PROTECTION_DEFECT.value());
        browser.driver.findElement(By.id("report-description")).sendKeys(description);
        browser.driver.findElement(By.id("report-submit")).click();
    }

    @SuppressWarnings("unchecked")
    private List<String> cacheNames() {
        return (List<String>) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; caches.keys().then(done);");
    }

    @SuppressWarnings("unchecked")
    private List<String> cachedPaths() {
        return (List<String>) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))"
                + ".then(lists => done(lists.flat().map(r => new URL(r.url).pathname)));");
    }

    private List<String> patrolCases() {
        List<String> found = new ArrayList<>();
        JsonNode items = server.getJson("/api/v1/cases?limit=100", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items");
        items.forEach(i ->
                found.add(i.get("source").asText() + ":" + i.get("description").asText()));
        return found;
    }

    @Test
    void theTerminalLoadedOnceOnlineLoadsOfflineShowsItsOutboxAndQueuesAReportThatGoesOutOnceOnline() {
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.PATROLLER_TOKEN);
        browser.open(server.url("/patrol.html"));
        waitShell();
        String script = server.get(WebPages.SERVICE_WORKER_PATH, null).body();
        String version = script.replaceAll("(?s).*const VERSION = '([0-9a-f]+)'.*", "$1");
        assertThat(version).hasSize(16);

        // One versioned cache; a cache of an older version is removed when a worker activates.
        assertThat(cacheNames()).containsExactly("gridsafe-shell-" + version);
        browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "caches.open('gridsafe-shell-0123456789abcdef').then(c => c.put('/old.txt', new Response('old')))"
                        + ".then(() => navigator.serviceWorker.getRegistration()).then(r => r.unregister()).then(() => done());");
        assertThat(cacheNames()).contains("gridsafe-shell-0123456789abcdef");
        reload();
        waitShell();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> cacheNames().equals(List.of("gridsafe-shell-" + version)));

        // The network goes: the page's own requests fail (nothing reaches the server).
        offline();
        Object apiOffline = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/grids', {cache: 'no-store'}).then(() => done('reached'), () => done('failed'));");
        assertThat(apiOffline).isEqualTo("failed");

        // A reload with no connection: the terminal comes from the worker's cache and works. The
        // emulation does not reach the worker's own requests (it asks the network first), so the
        // server stops listening too: a page that loads now can only come from the cache.
        server.unreachable();
        reload();
        assertThat(browser.driver.findElement(By.id("connection")).getText()).isEqualTo("离线");
        assertThat(browser.driver.findElement(By.id("outbox-count")).getText()).isEqualTo("待发送 0 条");
        browser.screenshot("offline-shell-reloaded");
        report("离线重新打开后上报的隐患");
        waitWaiting(1);

        // Reloaded again offline: the waiting report is shown, and another one joins it.
        reload();
        waitWaiting(1);
        assertThat(browser.driver.findElement(By.id("outbox-count")).getText()).isEqualTo("待发送 1 条");
        report("第二条离线隐患 <script>window.__xss=1</script>");
        waitWaiting(2);
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        browser.screenshot("offline-shell-waiting");
        assertThat(browser.driver.findElement(By.id("offline-banner")).isDisplayed())
                .isTrue();
        assertThat(browser.driver
                        .findElement(By.cssSelector("#offline-banner .offline-commands"))
                        .getText())
                .isEqualTo("待发送 2 条：已保存在本机，恢复网络后自动发送。");

        // Online again (the same server, listening again on its port): both go out, once each.
        server.reachable();
        assertThat(patrolCases()).isEmpty();
        online();
        browser.script("window.dispatchEvent(new Event('online'))");
        waitWaiting(0);
        assertThat(patrolCases())
                .containsExactlyInAnyOrder(
                        "GRID_PATROL:离线重新打开后上报的隐患", "GRID_PATROL:第二条离线隐患 <script>window.__xss=1</script>");

        // The cache holds the shell only: no API answer, no write, no media.
        List<String> cached = cachedPaths();
        assertThat(cached).containsAll(List.of("/patrol.html", "/js/patrol.js", "/js/outbox.js", "/web/config.json"));
        assertThat(cached).noneMatch(p -> p.startsWith("/api/") || p.startsWith("/media") || p.startsWith("/open311"));
        assertThat(cached).allMatch(WebPages.OFFLINE_SHELL::contains);
        assertThat(cached).hasSameSizeAs(WebPages.OFFLINE_SHELL);
    }
}
