package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.junit.PoolsSandbox;
import dev.poolspec.sandbox.support.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's docs page ({@code /docs}, Swagger UI over {@code /openapi.json}) in a real browser: headless system
 * Chromium driven through chromedriver. One page load for the whole class, in order: every operation is rendered,
 * "Try it out" on listPools answers the documented pool with 200 from this sandbox, an invalid create shows the 400
 * body, and the console has no errors. The screenshot {@code target/docs-page.png} shows the page at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocsPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOT = Path.of("target", "docs-page.png");
    private static final List<String> OPERATIONS =
            List.of("listPools", "createPool", "showPool", "updatePool", "deletePool");

    @RegisterExtension
    static final PoolsSandbox SANDBOX = PoolsSandbox.onRandomPort().withDocumentedExamples();

    @TempDir
    static Path profile;

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static final List<LogEntry> CONSOLE = new ArrayList<>();
    private static long startNanos;

    @BeforeAll
    static void openTheDocsPage() {
        startNanos = System.nanoTime();
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, WAIT);
        browser.get(SANDBOX.baseUri() + "/"); // the root redirects to /docs
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-ResourcePools-listPools")));
    }

    @AfterAll
    static void screenshotAndQuit() throws IOException {
        if (browser == null) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOT.getParent());
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
            System.out.println("DocsPageBrowserIT: browser session " + (System.nanoTime() - startNanos) / 1_000_000
                    + " ms, screenshot " + SCREENSHOT.toAbsolutePath());
        }
    }

    @Test
    @Order(1)
    void theRootRedirectsToTheDocsPageWhichRendersEveryOperation() {
        assertThat(browser.getCurrentUrl()).isEqualTo(SANDBOX.baseUri() + "/docs");
        for (String operationId : OPERATIONS) {
            WebElement block = operation(operationId);
            assertThat(block.findElement(By.cssSelector(".opblock-summary-operation-id"))
                            .getText())
                    .isEqualTo(operationId);
        }
        assertThat(path("listPools")).isEqualTo("/v2/{project_id}/pools");
        assertThat(path("createPool")).isEqualTo("/v2/{project_id}/pools");
        assertThat(path("showPool")).isEqualTo("/v2/{project_id}/pools/{pool_name}");
        assertThat(path("updatePool")).isEqualTo("/v2/{project_id}/pools/{pool_name}");
        assertThat(path("deletePool")).isEqualTo("/v2/{project_id}/pools/{pool_name}");
        // The page offers this sandbox as the only server (the published spec names the real endpoint).
        assertThat(browser.findElement(By.cssSelector(".servers select")).getText())
                .contains(SANDBOX.baseUri().toString());
    }

    @Test
    @Order(2)
    void tryingListPoolsShowsTheDocumentedPoolWith200() {
        WebElement block = tryItOut("listPools");
        type(
                block.findElement(By.cssSelector("tr[data-param-name='project_id'] input")),
                PoolService.DOCUMENTED_LIST_PROJECT);
        // Swagger UI fills in the spec's first labelSelector example (another pool's name): select this one.
        type(
                block.findElement(By.cssSelector("tr[data-param-name='labelSelector'] input")),
                "os.modelarts/name=auto-pool-os");
        String answer = execute(block, "200");
        assertThat(block.findElement(By.cssSelector(".request-url pre")).getText())
                .startsWith(SANDBOX.baseUri() + "/v2/" + PoolService.DOCUMENTED_LIST_PROJECT + "/pools?");
        assertThat(answer).contains("\"kind\": \"PoolList\"", "auto-pool-os-86c13962597848eeb29c5861153a391f");
        collectConsole();
    }

    @Test
    @Order(3)
    void anInvalidCreateShowsThe400Body() {
        ObjectNode logicalWithScope = (ObjectNode) PoolService.documentedExample("createLogicalPool");
        ((ObjectNode) logicalWithScope.get("spec")).putArray("scope").add("Train");
        WebElement block = tryItOut("createPool");
        type(block.findElement(By.cssSelector("tr[data-param-name='project_id'] input")), "browser-test");
        type(block.findElement(By.cssSelector("textarea.body-param__text")), logicalWithScope.toString());
        String answer = execute(block, "400");
        assertThat(answer).contains("\"error_code\": \"ModelArts.50004000\"", "\"error_msg\": \"Bad request", "scope");
        collectConsole();
    }

    @Test
    @Order(4)
    void theConsoleHasNoErrors() {
        collectConsole();
        // Chromium logs every 4xx answer as a network error; the 400 provoked above is the only one allowed.
        String provoked = SANDBOX.baseUri() + "/v2/browser-test/pools";
        List<String> errors = CONSOLE.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.startsWith(provoked) && m.contains("status of 400")))
                .toList();
        assertThat(errors).as("console errors of the docs page").isEmpty();
        assertThat(CONSOLE.stream().map(LogEntry::getMessage)).anyMatch(m -> m.startsWith(provoked));
    }

    private static void collectConsole() {
        CONSOLE.addAll(browser.manage().logs().get(LogType.BROWSER).getAll());
    }

    private static WebElement operation(String operationId) {
        return wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.id("operations-ResourcePools-" + operationId)));
    }

    private static String path(String operationId) {
        return operation(operationId)
                .findElement(By.cssSelector(".opblock-summary-path"))
                .getDomAttribute("data-path");
    }

    /** Expands the operation and presses "Try it out". */
    private static WebElement tryItOut(String operationId) {
        WebElement block = operation(operationId);
        if (block.findElements(By.cssSelector(".opblock-body")).isEmpty()) {
            click(block.findElement(By.cssSelector(".opblock-summary-control")));
        }
        click(wait.until(d -> block.findElement(By.cssSelector("button.try-out__btn"))));
        wait.until(d -> !block.findElements(By.cssSelector("button.execute")).isEmpty());
        return block;
    }

    /** Presses "Execute" and waits for the live answer with {@code status}; answers its body as shown. */
    private static String execute(WebElement block, String status) {
        click(block.findElement(By.cssSelector("button.execute")));
        By liveStatus = By.cssSelector(".live-responses-table .response .response-col_status");
        wait.until(d -> !block.findElements(liveStatus).isEmpty()
                && !block.findElement(liveStatus).getText().isBlank());
        assertThat(block.findElement(liveStatus).getText()).startsWith(status);
        return block.findElement(By.cssSelector(".live-responses-table .response .response-col_description"))
                .getText();
    }

    /**
     * Replaces what a field holds (Swagger UI fills in the spec's examples) by {@code text}. All but the last
     * character are set at once (typing a JSON body key by key into Swagger UI's editor takes seconds); the last is
     * typed, so the page sees a real edit.
     */
    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.executeScript(
                "const proto = Object.getPrototypeOf(arguments[0]);"
                        + "Object.getOwnPropertyDescriptor(proto, 'value').set.call(arguments[0], arguments[1]);",
                field,
                text.substring(0, text.length() - 1));
        field.sendKeys(text.substring(text.length() - 1));
        wait.until(d -> text.equals(field.getDomProperty("value")));
    }

    private static void click(WebElement element) {
        ((WebDriver) browser).switchTo().defaultContent();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
