package dev.poolspec.sandbox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's Chromium (the Debian packages {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs when missing) driven by Selenium through the system chromedriver: nothing is downloaded. Headless (new
 * mode), a fresh profile in {@code profile}, {@code --no-sandbox} when running as root (CI containers), the browser
 * console captured at every level. Other places: {@code -Dpoolspec.chromium=...}, {@code -Dpoolspec.chromedriver=...}.
 * A missing browser or driver fails with a message that says how to install it; it is never a skipped test.
 */
public final class HeadlessChromium {

    private static final String INSTALL =
            "; install the Debian packages: sudo apt-get install chromium chromium-driver (.ci/run does it when missing)";

    private HeadlessChromium() {}

    /** A new headless Chromium with a fresh profile under {@code profile}. */
    public static ChromeDriver start(Path profile) {
        Path browser = executable("poolspec.chromium", "/usr/bin/chromium", "Chromium");
        Path driver = executable("poolspec.chromedriver", "/usr/bin/chromedriver", "chromedriver");
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments(
                        "--headless=new",
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--window-size=1400,2400",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--disable-extensions",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to run as root with its sandbox on
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Path executable(String property, String standard, String what) {
        String configured = System.getProperty(property);
        Path path = Path.of(configured != null && !configured.isBlank() ? configured : standard);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser test needs " + what + " at " + path + " (or -D" + property
                    + "=<path>), but there is none" + INSTALL);
        }
        return path;
    }
}
