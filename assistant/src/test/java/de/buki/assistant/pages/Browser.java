package de.buki.assistant.pages;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/** One headless Debian Chromium per test class, with the axe scan and screenshots every test uses. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path AXE_REPORT = Path.of("target/axe/axe-report.txt");
    final WebDriver driver;
    private final Path profile;

    Browser() throws IOException {
        profile = Files.createTempDirectory("buki-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--lang=de-DE",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
    }

    void open(String url) {
        driver.get(url);
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")), "page ready: " + url);
    }

    <T> T waitFor(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100))
                    .ignoring(RuntimeException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("timed out waiting for " + what + "; page text: " + text("body"), e);
        }
    }

    WebElement visible(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))::apply, css);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The element that has keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab (at most 60 times) until the focused element matches the selector: proves it is reachable by keyboard. */
    WebElement tabTo(String css) {
        for (int i = 0; i < 60; i++) {
            if ((Boolean) js("return document.activeElement && document.activeElement.matches(arguments[0])", css)) {
                return focused();
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        fail("not reachable with the Tab key: " + css);
        return null;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " not saved: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Script errors and Content-Security-Policy refusals in the browser console fail the test (a 404 of an optional
     * file, such as form texts not written yet for a language, does not).
     */
    void assertNoScriptErrors(String state) {
        List<String> errors = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
        if (!errors.isEmpty()) {
            fail("browser console errors in state '" + state + "': " + errors);
        }
    }

    /** axe-core WCAG 2.0/2.1 A and AA scan of the page as it is now; any violation fails with its rule and targets. */
    void assertAccessible(String state) {
        assertNoScriptErrors(state);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        String summary = violations.stream().map(r -> r.getId() + " [" + r.getImpact() + "] " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n  "));
        record(state + ": " + violations.size() + " violations, " + results.getPasses().size() + " rules passed"
                + (violations.isEmpty() ? "" : "\n  " + summary));
        if (!violations.isEmpty()) {
            screenshot("axe-" + state.replaceAll("[^A-Za-z0-9]+", "-"));
            fail("axe found " + violations.size() + " WCAG violations in state '" + state + "':\n  " + summary);
        }
    }

    private static synchronized void record(String line) {
        try {
            Files.createDirectories(AXE_REPORT.getParent());
            Files.writeString(AXE_REPORT, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("axe report not written: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
