package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gridsafe.Casework;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaReference;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The command center's case page in a real browser: opened from the queue, its timeline, the audit
 * verdict and the evidence photo; dispatch, an extension decision and close through the page, the
 * steps between by the department and the grid manager (whose pages are not this one's).
 */
@ExtendWith(ScreenshotOnFailure.class)
class CasePageTest {

    static final String XSS = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";

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
        browser.clearSession(server.url("/signin.html"));
    }

    /** A 6×4 PNG, so the media store's type sniffing sees a real image. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xdc2626);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A case reported by 金桥's grid manager with one photo and the given description; its id. */
    static String reportWithPhoto(String description) {
        MediaReference photo = server.gridSafe.mediaStore().put(png());
        Case c = server.gridSafe
                .casework()
                .report(
                        SampleDistrict.jinqiaoGridManager(),
                        Report.builder()
                                .source(CaseSource.GRID_PATROL)
                                .grid(SampleDistrict.JINQIAO_MICRO_1)
                                .domain(SafetyDomain.FIRE)
                                .hazard(SampleDistrict.PROTECTION_DEFECT)
                                .grade(HazardGrade.GENERAL)
                                .description(description)
                                .media(photo)
                                .build());
        return c.id().value();
    }

    private static void openFromQueue(Browser browser, String id) {
        CommandCenterPageTest.signIn(browser, server, WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.waitVisible(By.cssSelector("#queue tr[data-case-id='" + id + "'] a.open-case"))
                .click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/case.html"));
        browser.waitReady();
    }

    private static void reload(Browser browser) {
        browser.script("document.body.dataset.ready = ''; location.reload();");
        browser.waitReady();
    }

    private static String state(String id) {
        return server.caseAsCommandCenter(id).get("state").asText();
    }

    private static Case current(String id) {
        return server.gridSafe.casework().get(SampleDistrict.districtCommandCenter(), CaseId.of(id));
    }

    @Test
    void aCaseOpenedFromTheQueueShowsItsTimelineVerdictAndPhotoAndIsDispatchedAndClosedThroughThePage(Browser browser) {
        String id = reportWithPhoto(XSS);
        openFromQueue(browser, id);

        // The id travels in the fragment; no token in the URL.
        assertThat(browser.driver.getCurrentUrl()).endsWith("/case.html#" + id);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(WebTestServer.DISTRICT_CENTER_TOKEN);
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo("已上报");
        // The description is characters, nothing ran and no element came of it.
        assertThat(browser.driver.findElement(By.id("case-description")).getText())
                .isEqualTo(XSS);
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("#case-facts img, #timeline img, script:not([src])")))
                .isEmpty();
        // The timeline: the report, its time in the district's zone, by the grid manager.
        WebElement first = browser.waitVisible(By.cssSelector("#timeline tr[data-version='1']"));
        assertThat(first.findElement(By.className("event-step")).getText()).isEqualTo("上报");
        assertThat(first.findElement(By.className("event-time")).getText())
                .contains("09:00")
                .contains("GMT+8");
        assertThat(first.findElement(By.className("event-actor")).getText())
                .isEqualTo(SampleDistrict.jinqiaoGridManager().id());
        assertThat(first.findElement(By.className("event-note")).getText()).isEqualTo(XSS);
        assertThat(browser.driver.findElement(By.id("case-audit")).getText()).contains("审计链完整");
        assertThat(browser.driver.findElements(By.cssSelector("#case-audit.intact")))
                .hasSize(1);
        // The photo: downloaded with the token, shown through an object URL, decoded by the browser.
        WebElement photo = browser.waitVisible(By.cssSelector("#photos img.evidence"));
        assertThat(photo.getDomProperty("src")).startsWith("blob:").doesNotContain(WebTestServer.DISTRICT_CENTER_TOKEN);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> Long.valueOf(6).equals(browser.script("return arguments[0].naturalWidth", photo)));
        // Awaiting registration: only reject is offered here (register is the queue's).
        assertThat(browser.driver.findElement(By.id("reject-form")).isDisplayed())
                .isTrue();
        assertThat(browser.driver.findElement(By.id("dispatch-form")).isDisplayed())
                .isFalse();
        browser.screenshot("case-reported");

        // Registered by the command center (the queue's action), then dispatched through this page.
        assertThat(server.register(id, 1).statusCode()).isEqualTo(200);
        reload(browser);
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo("已立案");
        new Select(browser.driver.findElement(By.id("dispatch-department"))).selectByValue("fire-brigade");
        browser.driver.findElement(By.id("dispatch")).click();
        browser.waitText(By.cssSelector("#case-message.ok"), "案件 " + id + " 已派遣（第 3 版）");
        assertThat(state(id)).isEqualTo("DISPATCHED");
        assertThat(server.caseAsCommandCenter(id).get("department").asText()).isEqualTo("fire-brigade");
        browser.waitText(By.cssSelector("#timeline tr[data-version='3'] .event-step"), "派遣");

        // The fire brigade asks for an extension (its workbench is another page).
        Casework casework = server.gridSafe.casework();
        Case dispatched = current(id);
        casework.requestExtension(
                SampleDistrict.fireOfficer(),
                RequestExtension.of(dispatched.id())
                        .expectedVersion(dispatched.version())
                        .requestedDeadline(dispatched.deadline().orElseThrow().plus(Duration.ofDays(7)))
                        .reason("需采购防火门")
                        .build());
        reload(browser);
        assertThat(browser.driver.findElement(By.id("extension-pending")).getText())
                .contains("需采购防火门");
        // Denying without a reason: the API refuses, and the page shows its problem detail.
        browser.driver.findElement(By.id("extension-deny")).click();
        browser.waitVisible(By.cssSelector("#case-message.error"));
        assertThat(browser.driver.findElement(By.id("case-message")).getText())
                .contains("服务器说明：")
                .contains("reason");
        assertThat(current(id).pendingExtension()).isPresent();
        browser.driver.findElement(By.id("extension-note")).sendKeys("同意延期七天");
        browser.driver.findElement(By.id("extension-approve")).click();
        browser.waitText(By.cssSelector("#case-message.ok"), "已批准延期");
        assertThat(current(id).pendingExtension()).isEmpty();
        assertThat(current(id).extensionCount()).isEqualTo(1);

        // The brigade rectifies, the grid manager verifies; the command center closes through the page.
        Case extended = current(id);
        extended = casework.submitRectification(
                SampleDistrict.fireOfficer(),
                SubmitRectification.of(extended.id())
                        .expectedVersion(extended.version())
                        .evidence("已安装防火门")
                        .build());
        casework.verify(
                SampleDistrict.jinqiaoGridManager(),
                Verify.of(extended.id())
                        .expectedVersion(extended.version())
                        .passed(true)
                        .build());
        reload(browser);
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo("已核查");
        new Select(browser.driver.findElement(By.id("close-satisfaction"))).selectByValue("5");
        browser.driver.findElement(By.id("close")).click();
        browser.waitText(By.cssSelector("#case-message.ok"), "已结案");
        assertThat(state(id)).isEqualTo("CLOSED");
        assertThat(browser.driver.findElements(By.cssSelector("#timeline tbody tr")))
                .extracting(r -> r.findElement(By.className("event-step")).getText())
                .containsExactly("上报", "立案", "派遣", "申请延期", "批准延期", "整改", "核查通过", "结案");
        assertThat(browser.driver.findElement(By.id("case-audit")).getText()).contains("8 条记录");
        assertThat(browser.driver.findElement(By.id("no-actions")).isDisplayed())
                .isTrue();
        browser.screenshot("case-closed");

        // English: the same timeline in the other language.
        browser.driver.findElement(By.id("lang-switch")).click();
        browser.waitText(By.cssSelector("#timeline tr[data-version='8'] .event-step"), "closed");
        assertThat(browser.driver.findElement(By.id("case-audit")).getText()).contains("Audit chain intact");
        browser.screenshot("case-closed-en");
    }

    @Test
    void aStaleVersionIsExplainedInWordsAndNothingIsRejected(Browser browser) {
        String id = reportWithPhoto("配电房门锁损坏");
        openFromQueue(browser, id);
        // Someone registers it after this page showed version 1.
        assertThat(server.register(id, 1).statusCode()).isEqualTo(200);
        browser.driver.findElement(By.id("reject-reason")).sendKeys("重复上报");
        browser.driver.findElement(By.id("reject")).click();
        browser.waitVisible(By.cssSelector("#case-message.error"));
        assertThat(browser.driver.findElement(By.id("case-message")).getText())
                .contains("您看到的是第 1 版，现在是第 2 版", "本次操作未执行");
        assertThat(state(id)).isEqualTo("REGISTERED");
        browser.screenshot("case-conflict");
    }

    @ParameterizedTest(name = "case page in {0}")
    @ValueSource(strings = {"zh", "en"})
    void theCasePageHasNoSeriousOrCriticalAccessibilityViolation(String lang, Browser browser) {
        String id = reportWithPhoto("消防通道堆放杂物 " + lang);
        browser.script("sessionStorage.setItem('gridsafe.lang', arguments[0])", lang);
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.open(server.url("/case.html#" + id));
        browser.waitVisible(By.cssSelector("#photos img.evidence"));
        browser.screenshot("page-case-" + lang);
        List<Map<String, Object>> violations = browser.axeViolations();
        assertThat(violations)
                .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .as("axe-core serious/critical violations on the case page (%s)", lang)
                .isEmpty();
    }
}
