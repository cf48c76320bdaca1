package org.gridsafe.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for the whole test run (started on first use, closed when JUnit
 * ends), driven through Debian's chromedriver given by path, so Selenium Manager never runs and
 * never reaches for the network.
 */
final class Browser implements ExtensionContext.Store.CloseableResource {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String BROWSER_ZONE = "America/New_York";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1000;
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    final ChromeDriver driver;

    private Browser() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // A zone far from the district's: pages must show times in the district's zone, not the browser's.
        driver = HeadlessChromium.start(WIDTH, HEIGHT, options, Map.of("TZ", BROWSER_ZONE));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        System.err.println("[browser] " + driver.getCapabilities().getBrowserName() + " "
                + driver.getCapabilities().getBrowserVersion() + " via " + BrowserInstall.CHROMEDRIVER);
    }

    /** The run's browser, kept in JUnit's root store so it is closed once at the end. */
    static Browser get(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Browser.class, k -> new Browser(), Browser.class);
    }

    /** Opens url with a fresh tab state (no token, default language) and waits until the page says it is ready. */
    void open(String url) {
        driver.get(url);
        waitReady();
    }

    void clearSession(String anyPageUrl) {
        driver.get(anyPageUrl);
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
    }

    void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    WebElement waitVisible(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot of what the browser shows now as target/screenshots/name.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // The whole page, not only the window: grow the window to the page's height for the shot.
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(WIDTH, (int)
                    Math.min(Math.max(height + 120, HEIGHT), 4000)));
            File shot;
            try {
                shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            } finally {
                driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            }
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name + ": " + e, e);
        }
    }

    /** The browser console's messages since the last call (CSP violations show here). */
    List<LogEntry> consoleSinceLastCall() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Runs axe-core (vendored from its WebJar, injected by the driver, never served) on the page. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing on the test classpath: " + AXE);
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        script(axe);
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));");
        return (List<Map<String, Object>>) result;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
