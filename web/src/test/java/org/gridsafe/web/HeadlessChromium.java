package org.gridsafe.web;

import java.io.File;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Debian Chromium through Debian's chromedriver given by path (so Selenium Manager
 * never runs and never reaches for the network), after {@link BrowserInstall#ensure()}. Shared by
 * the browser tests and the benchmarks' command-center suite (through this module's test-jar).
 */
public final class HeadlessChromium {

    private HeadlessChromium() {}

    /**
     * A new headless browser with a {@code width × height} window.
     *
     * @param options extra options (logging preferences, language) added before the start
     * @param environment the driver's environment (e.g. {@code TZ}), passed on to the browser
     */
    public static ChromeDriver start(int width, int height, ChromeOptions options, Map<String, String> environment) {
        BrowserInstall.ensure();
        options.setBinary(BrowserInstall.CHROMIUM.toFile());
        // Root (CI, containers) needs --no-sandbox; /dev/shm is small in containers.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--no-first-run",
                "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(BrowserInstall.CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(environment)
                .build();
        return new ChromeDriver(service, options);
    }
}
