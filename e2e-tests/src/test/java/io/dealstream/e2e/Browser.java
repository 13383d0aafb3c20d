package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (no browser download): the console as a user
 * sees it. Saves a screenshot per main page, checks each with axe-core, and records how long each page took to load.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern ROW = Pattern.compile("(.+)\\[(\\d+)]\\.[^\\[]+$");

    private final ChromeDriver driver;
    private final String base;
    private final Path screens;
    private final Map<String, List<Double>> loadMillis = new TreeMap<>();

    Browser(String base, Path screens) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them when missing)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // this machine's network is closed: no background connections, no first-run, a fresh profile
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.base = base;
        this.screens = screens;
        try {
            Files.createDirectories(screens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a console path and records its load time under {@code page}. */
    void open(String path, String page) {
        driver.get(base + path);
        recordLoad(page);
    }

    void recordLoad(String page) {
        Object ms = ((JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.duration : null;");
        if (ms instanceof Number n) {
            loadMillis.computeIfAbsent(page, k -> new ArrayList<>()).add(n.doubleValue());
        }
    }

    Map<String, List<Double>> loadMillis() {
        return loadMillis;
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/", "sign-in");
        assertThat(driver.getCurrentUrl()).contains("/login");
        click(driver.findElement(By.cssSelector("[data-testid=user-" + user + "]")));
        assertThat(text("[data-testid=signed-in-as]")).isEqualTo(user);
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Fills a form: field name, value, ...; a row that is not there yet is added with "Add another". */
    void fill(String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            ensureRow(name);
            WebElement field = driver.findElement(By.name(name));
            if (field.getTagName().equals("select")) {
                new Select(field).selectByValue(namesAndValues[i + 1]);
            } else {
                field.clear();
                field.sendKeys(namesAndValues[i + 1]);
            }
        }
    }

    private void ensureRow(String name) {
        Matcher m = ROW.matcher(name);
        if (!m.matches() || !driver.findElements(By.name(name)).isEmpty()) {
            return;
        }
        WebElement rows = driver.findElement(By.cssSelector("fieldset.rows[data-rows='" + m.group(1) + "']"));
        while (driver.findElements(By.name(name)).isEmpty()) {
            rows.findElement(By.cssSelector(":scope > button.add-row")).click();
        }
    }

    /** Sends the form and waits until the answer's page has replaced it. */
    void submit() {
        WebElement button = driver.findElement(By.cssSelector("[data-testid=submit]"));
        button.click();
        awaitGone(button);
    }

    /** Follows the opportunity page's link to one command (by its published path). */
    void action(String pathTemplate) {
        String encoded = java.net.URLEncoder.encode(pathTemplate, java.nio.charset.StandardCharsets.UTF_8);
        click(driver.findElement(By.cssSelector(".actions a[href*='path=" + encoded + "']")));
        recordLoad("command form");
    }

    /** Follows a link and waits for the page it leads to. */
    void click(WebElement link) {
        link.click();
        awaitGone(link);
    }

    /** Until the element's page has been replaced (Chromium may say so as a stale element or as a lost node). */
    private void awaitGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Submits and expects the opportunity page's "Done" banner. */
    void submitAccepted() {
        submit();
        List<WebElement> problem = all("[data-testid=problem]");
        assertThat(problem).as("refused: %s", problem.isEmpty() ? "" : problem.get(0).getText()).isEmpty();
        assertThat(all("[data-testid=done]")).as("no 'Done' on %s: %s", driver.getCurrentUrl(),
                driver.findElement(By.tagName("main")).getText()).isNotEmpty();
        recordLoad("opportunity");
    }

    /** Reloads the opportunity page until a stage's record is there (hand-overs between services take a moment). */
    void awaitStage(String service) {
        await().atMost(Steps.HANDOVER).pollInterval(Duration.ofMillis(500)).until(() -> {
            driver.navigate().refresh();
            return !all("[data-testid=stage-" + service + "][data-status]:not([data-status=''])").isEmpty();
        });
    }

    /** A stage card's whole text, its folded record included. */
    String stageText(String service) {
        return driver.findElement(By.cssSelector("[data-testid=stage-" + service + "]")).getAttribute("textContent");
    }

    /** Reloads the page until an element shows a text (a view that follows the services through Kafka). */
    void reloadUntil(String css, String text) {
        await().atMost(Steps.HANDOVER).pollInterval(Duration.ofMillis(500)).until(() -> {
            driver.navigate().refresh();
            return all(css).stream().anyMatch(e -> e.getText().contains(text));
        });
    }

    String stageStatus(String service) {
        return driver.findElement(By.cssSelector("[data-testid=stage-" + service + "]")).getAttribute("data-status");
    }

    void screenshot(String name) {
        try {
            Files.write(screens.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's axe-core findings of serious or critical impact (WCAG 2.1 A and AA rules and best practices). */
    List<String> seriousAccessibilityFindings() {
        Results results = new AxeBuilder().analyze(driver);
        List<String> out = new ArrayList<>();
        for (Rule v : results.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                out.add(v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
        return out;
    }

    void narrow(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
