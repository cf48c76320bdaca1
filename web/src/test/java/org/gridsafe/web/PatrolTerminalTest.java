package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolPlanPresets;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.testkit.EntitySamples;
import org.gridsafe.testkit.PatrolSamples;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The patrol terminal in a real browser, as 金桥一号's safety officer: today's tasks, check-in with
 * the device's location (Chromium's geolocation override), the checklist, skip, hazard reports with
 * photos; offline (Chromium's network emulation) every write waits in IndexedDB and goes out once
 * when the connection returns, and a write whose first answer was lost acts once.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PatrolTerminalTest {

    static final String XSS = "<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">";
    private static final String SHOP = "银桥小商店";

    private WebTestServer server;
    private Browser browser;

    @BeforeEach
    void start(Browser browser) {
        this.browser = browser;
        // The browser's own clock: a check-in is stamped by the device, and the server refuses one
        // from the future, so the server runs on the real time too.
        server = new WebTestServer(true, Clock.system(SampleDistrict.ZONE));
        register("PL-1", SHOP);
        register("PL-2", XSS);
        PatrolPlanId plan = PatrolPlanId.of("NINE-SMALL-M");
        server.patrols.savePlan(
                SampleDistrict.jinqiaoCommandCenter(),
                PatrolPlanPresets.nineSmallMonthly(plan, SampleDistrict.JINQIAO_STREET, PatrolSamples.TEN_POINT),
                0);
        server.patrols.schedule(SampleDistrict.jinqiaoCommandCenter(), plan, LocalDate.now(SampleDistrict.ZONE));
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

    private void register(String id, String name) {
        server.entities.execute(
                SampleDistrict.jinqiaoCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of(id),
                        EntitySamples.shop(name, SampleDistrict.POINT_IN_JINQIAO_MICRO_1, Optional.empty()),
                        "首次登记"));
    }

    private static String occurrence(String entity) {
        return "NINE-SMALL-M:" + LocalDate.now(SampleDistrict.ZONE).toString().substring(0, 7) + ":" + entity;
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

    private void openTerminal() {
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.PATROLLER_TOKEN);
        browser.open(server.url("/patrol.html"));
        browser.waitVisible(By.cssSelector("#tasks li.task"));
    }

    private WebElement task(String entity) {
        return browser.waitVisible(By.cssSelector("#tasks li[data-occurrence='" + occurrence(entity) + "']"));
    }

    private void openTask(String entity) {
        task(entity).findElement(By.className("open-task")).click();
        browser.waitText(By.id("task-id"), occurrence(entity));
    }

    private void waitWaiting(int count) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(40))
                .until(d -> String.valueOf(count)
                        .equals(d.findElement(By.id("outbox-count")).getDomAttribute("data-count")));
    }

    private void report(String description, Path photo) {
        new Select(browser.driver.findElement(By.id("report-domain"))).selectByValue("FIRE");
        new Select(browser.driver.findElement(By.id("report-hazard")))
                .selectByValue(SampleDistrict.PROTECTION_DEFECT.value());
        WebElement text = browser.driver.findElement(By.id("report-description"));
        text.clear();
        text.sendKeys(description);
        if (photo != null) {
            browser.driver
                    .findElement(By.id("report-photos"))
                    .sendKeys(photo.toAbsolutePath().toString());
        }
        browser.driver.findElement(By.id("report-submit")).click();
    }

    private List<JsonNode> cases() {
        JsonNode items = server.getJson("/api/v1/cases?limit=100", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private JsonNode patrol(String entity) {
        return server.getJson("/api/v1/patrols/" + occurrence(entity), WebTestServer.DISTRICT_CENTER_TOKEN);
    }

    private List<String> eventTypes(String entity) {
        JsonNode items = server.getJson(
                        "/api/v1/patrols/" + occurrence(entity) + "/history", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items");
        List<String> types = new ArrayList<>();
        items.forEach(i -> types.add(i.get("type").asText()));
        return types;
    }

    private static Path photoFile() {
        try {
            Path file = Files.createTempFile("gridsafe-photo", ".png");
            Files.write(file, CasePageTest.png());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void offlineThreeReportsAndTwoCheckInsWaitAndGoOutExactlyOnceWhenTheConnectionReturns() {
        openTerminal();
        browser.consoleSinceLastCall();
        assertThat(browser.driver.findElement(By.id("tasks-title")).getText()).isEqualTo("今日巡查任务");
        assertThat(browser.driver.findElements(By.cssSelector("#tasks li.task")))
                .hasSize(2);
        // Times in the district's zone, not the browser's (New York).
        assertThat(task("PL-1").findElement(By.className("task-facts")).getText())
                .contains("待巡查")
                .contains("GMT+8");
        // The entity's name is characters: nothing ran, no element came of it.
        assertThat(task("PL-2").findElement(By.className("task-name")).getText())
                .isEqualTo(XSS);
        assertThat(browser.driver.findElement(By.id("outbox-count")).getText()).isEqualTo("待发送 0 条");

        offline();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("connection")).getText().equals("离线"));
        openTask("PL-1");
        browser.driver.findElement(By.id("checkin")).click();
        waitWaiting(1);
        assertThat(browser.driver.findElement(By.id("checkin-status")).getText())
                .contains("31.02000")
                .contains("120.02000")
                .contains("12 米");
        assertThat(browser.driver.findElement(By.id("task-state")).getText()).contains("签到待发送");
        openTask("PL-2");
        // Its checklist was read while online: the items are there offline.
        assertThat(browser.driver.findElements(By.cssSelector("#checklist-items select[data-answer-type]")))
                .hasSize(PatrolSamples.TEN_ITEMS.size());
        browser.driver.findElement(By.id("checkin")).click();
        waitWaiting(2);
        report("配电箱门损坏，电线外露", photoFile());
        waitWaiting(3);
        report("楼道堆放杂物堵塞疏散通道", null);
        waitWaiting(4);
        report(XSS, null);
        waitWaiting(5);

        List<WebElement> entries = browser.driver.findElements(By.cssSelector("#outbox-list li.outbox-entry"));
        assertThat(entries)
                .extracting(e -> e.getDomAttribute("data-kind"))
                .containsExactly("checkin", "checkin", "report", "report", "report");
        assertThat(browser.driver.findElement(By.id("outbox-count")).getText()).isEqualTo("待发送 5 条");
        assertThat(entries.get(4).findElement(By.className("outbox-label")).getText())
                .isEqualTo("上报隐患 · " + XSS.substring(0, 40) + "…");
        assertThat(entries.get(2).findElement(By.className("outbox-time")).getText())
                .contains("GMT+8")
                .contains("1 张照片");
        // Every entry has its own key.
        assertThat(entries).extracting(e -> e.getDomAttribute("data-key")).doesNotHaveDuplicates();
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        // Nothing reached the server.
        assertThat(cases()).isEmpty();
        assertThat(patrol("PL-1").get("state").asText()).isEqualTo("SCHEDULED");
        browser.screenshot("patrol-offline-5-waiting");

        online();
        waitWaiting(0);

        List<JsonNode> cases = cases();
        assertThat(cases)
                .extracting(c -> c.get("description").asText())
                .containsExactlyInAnyOrder("配电箱门损坏，电线外露", "楼道堆放杂物堵塞疏散通道", XSS);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.get("source").asText()).isEqualTo("GRID_PATROL");
            assertThat(c.get("grid").asText()).isEqualTo(SampleDistrict.JINQIAO_MICRO_1.value());
        });
        String withPhoto = cases.stream()
                .filter(c -> c.get("description").asText().startsWith("配电箱"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText();
        assertThat(server.getJson("/api/v1/cases/" + withPhoto + "/media", WebTestServer.DISTRICT_CENTER_TOKEN)
                        .get("items"))
                .hasSize(1);
        for (String entity : List.of("PL-1", "PL-2")) {
            JsonNode p = patrol(entity);
            assertThat(p.get("state").asText()).isEqualTo("CHECKED_IN");
            assertThat(p.get("checkIn").get("method").asText()).isEqualTo("GPS");
            assertThat(p.get("checkIn").get("distanceMeters").asLong()).isLessThan(50);
            assertThat(eventTypes(entity)).containsExactly("patrol.scheduled", "patrol.checked-in");
        }
        assertThat(browser.driver.findElements(By.cssSelector("#sent-list li"))).hasSize(5);
        assertThat(browser.driver.findElement(By.id("sent-list")).getText()).contains(withPhoto);
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        browser.screenshot("patrol-online-sent");

        browser.script("document.body.dataset.ready = ''; location.reload();");
        browser.waitReady();
        assertThat(browser.driver.findElement(By.id("outbox-count")).getText()).isEqualTo("待发送 0 条");
        assertThat(browser.driver.findElements(By.cssSelector("#outbox-list li")))
                .isEmpty();
        assertThat(cases()).hasSize(3);
        assertThat(browser.consoleSinceLastCall())
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    @Test
    void aWriteWhoseFirstAnswerWasLostIsSentAgainWithItsOwnKeyAndCreatesOneCase() {
        openTerminal();
        offline();
        report("灭火器过期未更换", null);
        waitWaiting(1);
        // The page's stored write, as it will be sent: its key and its body.
        @SuppressWarnings("unchecked")
        Map<String, Object> stored =
                (Map<String, Object>) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "import('/js/outbox.js').then(async (o) => {"
                        + "  const [e] = await o.waiting();"
                        + "  done({key: e.key, path: e.path, body: o.bodyOf(e)});"
                        + "}).catch((e) => done({error: String(e)}));");
        assertThat(stored).containsKey("key");
        // Its first send reached the server, but the answer never came back to the page.
        HttpResponse<String> first =
                post((String) stored.get("path"), (String) stored.get("body"), (String) stored.get("key"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(cases()).hasSize(1);
        String id = cases().get(0).get("id").asText();

        online();
        waitWaiting(0);

        // The retry carried the same key and body: answered from the idempotency record, nothing new.
        assertThat(cases()).extracting(c -> c.get("id").asText()).containsExactly(id);
        assertThat(browser.driver.findElement(By.id("sent-list")).getText()).contains(id);
        assertThat(browser.driver.findElement(By.id("refused")).isDisplayed()).isFalse();
    }

    private HttpResponse<String> post(String path, String body, String key) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.url(path)))
                                    .header("Authorization", "Bearer " + WebTestServer.PATROLLER_TOKEN)
                                    .header("Content-Type", "application/json")
                                    .header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPatrolIsCheckedInAnsweredAndSubmittedAnotherSkippedAndARefusalShowsTheApisProblem() {
        openTerminal();
        openTask("PL-1");
        browser.driver.findElement(By.id("checkin")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "CHECKED_IN".equals(patrol("PL-1").get("state").asText()));
        waitWaiting(0);
        // The ten items: all pass but T07, which fails with its finding.
        for (String item : PatrolSamples.TEN_ITEMS) {
            new Select(browser.driver.findElement(By.id("item-" + item)))
                    .selectByValue(item.equals("T07") ? "FAIL" : "PASS");
        }
        new Select(browser.driver.findElement(By.id("item-T07-domain"))).selectByValue("FIRE");
        new Select(browser.driver.findElement(By.id("item-T07-hazard")))
                .selectByValue(SampleDistrict.PROTECTION_DEFECT.value());
        browser.driver.findElement(By.id("item-T07-note")).sendKeys("疏散通道堆放纸箱");
        browser.driver
                .findElement(By.id("item-T07-photos"))
                .sendKeys(photoFile().toAbsolutePath().toString());
        browser.screenshot("patrol-checklist");
        browser.driver.findElement(By.id("submit-checklist")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "DONE".equals(patrol("PL-1").get("state").asText()));
        waitWaiting(0);
        JsonNode fromPatrol =
                server.getJson("/api/v1/patrols/" + occurrence("PL-1") + "/cases", WebTestServer.DISTRICT_CENTER_TOKEN);
        assertThat(fromPatrol.get("items")).hasSize(1);
        assertThat(fromPatrol.get("items").get(0).get("description").asText()).contains("疏散通道堆放纸箱");
        // The failed item's photo, uploaded before the submission, is the case's evidence.
        String fromPatrolCase = fromPatrol.get("items").get(0).get("id").asText();
        assertThat(server.getJson("/api/v1/cases/" + fromPatrolCase + "/media", WebTestServer.DISTRICT_CENTER_TOKEN)
                        .get("items"))
                .hasSize(1);

        // A skip without a reason: the API refuses it for good; the page says why and drops it.
        openTask("PL-2");
        browser.driver.findElement(By.id("skip")).click();
        browser.waitVisible(By.cssSelector("#refused-list li.refused-entry"));
        waitWaiting(0);
        assertThat(browser.driver.findElement(By.id("refused-list")).getText())
                .contains("免于巡查")
                .contains("服务器说明：");
        assertThat(patrol("PL-2").get("state").asText()).isEqualTo("SCHEDULED");
        browser.screenshot("patrol-refused");
        browser.driver
                .findElement(By.cssSelector("#refused-list button.dismiss"))
                .click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("refused")).isDisplayed());

        browser.driver.findElement(By.id("skip-reason")).sendKeys("已停业");
        browser.driver.findElement(By.id("skip")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "SKIPPED".equals(patrol("PL-2").get("state").asText()));
        assertThat(patrol("PL-2").get("skipReason").asText()).isEqualTo("已停业");
    }

    /** Types keys into whatever has the focus, as a person at the keyboard does. */
    private void key(CharSequence keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the element with id has the focus (at most 60 times); fails if it never does. */
    private void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(browser.script("return document.activeElement && document.activeElement.id"))) {
                return;
            }
            key(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    @Test
    void theTerminalWorksByKeyboardAloneAndSwitchesToEnglish() {
        openTerminal();
        browser.script("document.activeElement && document.activeElement.blur(); window.focus();");
        key(Keys.TAB);
        // The first task's open button, reached by Tab, opened by Enter; the focus moves to check-in.
        for (int i = 0; i < 60; i++) {
            Object cls = browser.script("return document.activeElement.className");
            if ("open-task".equals(cls)) {
                break;
            }
            key(Keys.TAB);
        }
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("open-task");
        key(Keys.ENTER);
        browser.waitText(By.id("task-id"), occurrence("PL-1"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("checkin");
        key(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "CHECKED_IN".equals(patrol("PL-1").get("state").asText()));

        tabTo("report-description");
        key("配电箱未接地");
        tabTo("report-submit");
        key(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> cases().size() == 1);
        assertThat(cases().get(0).get("description").asText()).isEqualTo("配电箱未接地");

        tabTo("lang-switch");
        key(Keys.ENTER);
        browser.waitText(By.id("tasks-title"), "Today's patrol tasks");
        assertThat(browser.driver.findElement(By.id("outbox-count")).getText()).isEqualTo("0 waiting");
        assertThat(browser.driver.findElement(By.id("connection")).getText()).isEqualTo("online");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshot("patrol-en");
    }

    @Test
    void gridStaffReachTheTerminalFromTheSignInPageAndComeBackToItAfterSigningIn() {
        browser.open(server.url("/signin.html"));
        browser.driver.findElement(By.id("to-patrol")).click();
        // Signed out: the terminal sends them to sign in, and remembers where they were going.
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/signin.html#patrol"));
        browser.waitReady();
        browser.driver.findElement(By.id("signin-token")).sendKeys(WebTestServer.PATROLLER_TOKEN);
        browser.driver.findElement(By.id("signin-submit")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/patrol.html"));
        browser.waitReady();
        assertThat(browser.driver.findElements(By.cssSelector("#tasks li.task")))
                .hasSize(2);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(WebTestServer.PATROLLER_TOKEN);
    }

    @ParameterizedTest(name = "patrol terminal in {0}")
    @ValueSource(strings = {"zh", "en"})
    void theTerminalWithATaskOpenHasNoSeriousOrCriticalAccessibilityViolation(String lang) {
        browser.script("sessionStorage.setItem('gridsafe.lang', arguments[0])", lang);
        openTerminal();
        openTask("PL-1");
        new Select(browser.driver.findElement(By.id("item-T01"))).selectByValue("FAIL");
        browser.screenshot("page-patrol-" + lang);
        List<Map<String, Object>> violations = browser.axeViolations();
        assertThat(violations)
                .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .as("axe-core serious/critical violations on the patrol terminal (%s)", lang)
                .isEmpty();
    }
}
