package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page offline in a real browser: loaded online once, then with Chromium's network emulation
 * off and the server not listening at all (the emulation does not reach the service worker's own
 * requests, and the worker asks the network first), a reload comes from the worker's cache, shows
 * the offline banner and no data (API answers are never kept), and once the connection returns the
 * page reads again and shows what changed on the server meanwhile. A page that goes offline while it
 * shows data says when that data was loaded.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OfflinePagesTest {

    private static WebTestServer server;
    private static boolean listening;
    private Browser browser;

    @BeforeAll
    static void startServer() {
        server = new WebTestServer();
        listening = true;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void freshTab(Browser browser) {
        this.browser = browser;
        online();
        browser.clearSession(server.url("/signin.html"));
    }

    @AfterEach
    void backOnline() {
        online();
        listen();
    }

    private static void listen() {
        if (!listening) {
            server.reachable();
            listening = true;
        }
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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    private void signIn(String token) {
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", token);
    }

    /** Opens the page online and waits until the worker is active, holds the shell and controls the page. */
    private void openOnline(String path) {
        browser.open(server.url(path));
        waiting()
                .until(d -> "cached".equals(body().getDomAttribute("data-shell"))
                        && Boolean.TRUE.equals(browser.script("return navigator.serviceWorker.controller !== null")));
        assertThat(banner().isDisplayed()).isFalse();
    }

    private WebElement body() {
        return browser.driver.findElement(By.tagName("body"));
    }

    private WebElement banner() {
        return browser.driver.findElement(By.id("offline-banner"));
    }

    /** Switches the network off and reloads: with no server, the page and its files come from the cache alone. */
    private void reloadOffline() {
        offline();
        server.unreachable();
        listening = false;
        browser.script("document.body.dataset.ready = ''; location.reload();");
        browser.waitReady();
        waiting().until(d -> banner().isDisplayed());
        assertThat(body().getDomAttribute("data-shell-version")).hasSize(16);
    }

    private void assertShowsNothing() {
        assertThat(banner().getDomAttribute("data-state")).isEqualTo("nothing");
        assertThat(banner().findElement(By.className("offline-words")).getText())
                .isEqualTo("离线：无法连接服务器。本页来自本机缓存，不显示任何数据；恢复连接后自动刷新。");
        assertThat(body().getDomAttribute("data-connection")).isEqualTo("offline");
    }

    /** The connection returns (the browser's 'online' event): the page reads again and the banner goes. */
    private void comeBackOnline() {
        listen();
        online();
        browser.script("window.dispatchEvent(new Event('online'))");
        waiting().until(d -> !banner().isDisplayed());
        assertThat(body().getDomAttribute("data-connection")).isEqualTo("online");
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    @Test
    void theResidentPageOpensOfflineWithNoKindsAndReadsThemOnceOnline() {
        openOnline("/");
        assertThat(all("#report-domain option")).isNotEmpty();

        reloadOffline();
        assertShowsNothing();
        assertThat(all("#report-domain option")).isEmpty();
        assertThat(banner().findElement(By.className("offline-commands")).getText())
                .isEqualTo("离线时本页的操作不会保存或排队，请恢复连接后再操作。");
        browser.screenshot("offline-resident");

        comeBackOnline();
        waiting().until(d -> !all("#report-domain option").isEmpty());
        assertThat(all("#report-message.error")).isEmpty();
    }

    @Test
    void theCommandCenterOpensOfflineWithAnEmptyQueueAndShowsTheNewReportOnceOnline() {
        String first = server.reportAsResident("离线测试：指挥中心第一条");
        signIn(WebTestServer.DISTRICT_CENTER_TOKEN);
        openOnline("/command.html");
        browser.waitVisible(By.cssSelector("#queue tr[data-case-id='" + first + "']"));

        reloadOffline();
        assertShowsNothing();
        assertThat(all("#queue tr[data-case-id]")).isEmpty();
        assertThat(all("#map path.leaflet-interactive")).isEmpty();
        // Leaflet came from the cache with the page: the map's library is there, only its data is not.
        assertThat(browser.script("return typeof L")).isEqualTo("object");
        browser.screenshot("offline-command");

        // Meanwhile on the server: a new report, which the page can only show once it reads again.
        listen();
        String second = server.reportAsResident("离线测试：指挥中心第二条");
        comeBackOnline();
        browser.waitVisible(By.cssSelector("#queue tr[data-case-id='" + second + "']"));
        assertThat(all("#queue tr[data-case-id='" + first + "']")).hasSize(1);
        assertThat(all("#map path.leaflet-interactive")).isNotEmpty();
    }

    @Test
    void theCasePageOpensOfflineWithoutTheCaseAndShowsItsNewStateOnceOnline() {
        String id = server.reportAsResident("离线测试：案件页");
        signIn(WebTestServer.DISTRICT_CENTER_TOKEN);
        openOnline("/case.html#" + id);
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo("已上报");

        reloadOffline();
        assertShowsNothing();
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEmpty();
        assertThat(browser.driver.findElement(By.id("case-description")).getText())
                .isEmpty();

        // Registered by the command center elsewhere while this page was offline.
        listen();
        assertThat(server.register(id, 1).statusCode()).isEqualTo(200);
        comeBackOnline();
        browser.waitText(By.id("case-state"), "已立案");
        assertThat(browser.driver.findElement(By.id("case-description")).getText())
                .isEqualTo("离线测试：案件页");
        assertThat(all("#case-message.error")).isEmpty();
    }

    @Test
    void theWorkbenchSaysWhenItsDataWasLoadedOnceOfflineAndShowsNewWorkOnceOnline() {
        String first = WorkbenchPageTest.dispatched(server, "离线测试：工作台第一条", SampleDistrict.FIRE_BRIGADE)
                .id()
                .value();
        signIn(WebTestServer.FIRE_OFFICER_TOKEN);
        openOnline("/workbench.html");
        browser.waitVisible(By.cssSelector("#cases tr[data-case-id='" + first + "']"));

        // The connection goes while the page shows its list: the list stays, marked with its time.
        offline();
        browser.script("window.dispatchEvent(new Event('offline'))");
        waiting().until(d -> banner().isDisplayed());
        assertThat(banner().getDomAttribute("data-state")).isEqualTo("stale");
        String words = banner().findElement(By.className("offline-words")).getText();
        assertThat(words)
                .startsWith("离线：无法连接服务器。下面是 ")
                .endsWith(" 加载的数据，可能已过时；恢复连接后自动刷新。")
                // The time in the district's zone, not the browser's.
                .contains("GMT+8");
        assertThat(all("#cases tr[data-case-id='" + first + "']")).hasSize(1);
        browser.screenshot("offline-workbench-stale");
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(banner().findElement(By.className("offline-words")).getText())
                .startsWith("Offline: the server cannot be reached. The data below was loaded at ")
                .endsWith(" and may be out of date; it refreshes when the connection returns.");
        assertThat(banner().findElement(By.className("offline-commands")).getText())
                .isEqualTo(
                        "Offline, this page's commands are neither kept nor queued; act again once the connection returns.");
        browser.driver.findElement(By.id("lang-switch")).click();

        reloadOffline();
        assertShowsNothing();
        assertThat(all("#cases tr[data-case-id]")).isEmpty();

        String second = WorkbenchPageTest.dispatched(server, "离线测试：工作台第二条", SampleDistrict.FIRE_BRIGADE)
                .id()
                .value();
        comeBackOnline();
        browser.waitVisible(By.cssSelector("#cases tr[data-case-id='" + second + "']"));
        assertThat(all("#cases tr[data-case-id='" + first + "']")).hasSize(1);
    }

    @Test
    void theStatisticsPageOpensOfflineWithNoFiguresAndReadsThemOnceOnline() {
        server.reportAsResident("离线测试：统计");
        signIn(WebTestServer.DISTRICT_CENTER_TOKEN);
        openOnline("/stats.html");
        waiting().until(d -> !all("#indicators tbody tr").isEmpty());

        reloadOffline();
        assertShowsNothing();
        assertThat(all("#indicators tbody tr")).isEmpty();
        // ECharts is part of the shell: the page's library loads offline, its figures do not.
        assertThat(browser.script("return typeof echarts")).isEqualTo("object");
        browser.screenshot("offline-stats");

        comeBackOnline();
        waiting().until(d -> !all("#indicators tbody tr").isEmpty());
        assertThat(all("#stats-message.error")).isEmpty();
    }

    @Test
    void theSignInPageOpensOfflineAndSaysSo() {
        openOnline("/signin.html");
        reloadOffline();
        assertShowsNothing();
        comeBackOnline();
    }
}
