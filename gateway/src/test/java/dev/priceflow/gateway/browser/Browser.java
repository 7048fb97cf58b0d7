package dev.priceflow.gateway.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with a fresh profile (so no Keycloak session leaks between demo users), driven
 * through Debian's chromedriver. Every wait is explicit and bounded.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final String gateway;
    final WebDriver driver;
    private final Path profile;

    Browser(String gateway) {
        this.gateway = gateway.replaceAll("/$", "");
        try {
            this.profile = Files.createTempDirectory("priceflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags the build machines need: no sandbox as root, and no background calls to the (closed) internet.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(20));
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test class when chromium and chromedriver are missing (ensure_browser installs them). */
    static void assumeInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(installed(), "skipped: chromium and chromedriver are not "
                + "installed (/usr/bin/chromium, /usr/bin/chromedriver) — ensure_browser in "
                + "infra/stack/lib/browser.sh installs them");
    }

    /** Opens a page; it sends the browser to Keycloak's real login page, where the user signs in. */
    Browser signIn(String page, String username, String password) {
        driver.get(gateway + page);
        WebElement user = await(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), username));
        return this;
    }

    /**
     * Waits up to {@link #WAIT}; on timeout saves a screenshot and the page text so the failure can be seen. An
     * element replaced by a re-render while the condition reads it is looked up again at the next poll.
     */
    <T> T await(Function<? super WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            String name = "failure-" + System.currentTimeMillis();
            screenshot(name);
            String text = driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText)
                    .orElse("(no body)");
            throw new TimeoutException(e.getMessage() + "\nat " + driver.getCurrentUrl() + " (screenshot " + name
                    + ".png), page text:\n" + text, e);
        }
    }

    WebElement visible(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Saves a PNG of the whole window as target/screenshots/NAME.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The product card's price once it shows. A card that says "No price right now" (pricing restarting, the
     * gateway's breaker half-open) is retried with its own button, at most 3 times; then the test fails.
     */
    WebElement priceOf(WebElement card) {
        for (int attempt = 1; ; attempt++) {
            await(d -> !card.findElements(By.cssSelector(".price")).isEmpty()
                    || !card.findElements(By.cssSelector("button.retry-price")).isEmpty()
                    || !card.findElements(By.cssSelector("[role='alert']")).isEmpty());
            List<WebElement> price = card.findElements(By.cssSelector(".price"));
            List<WebElement> retry = card.findElements(By.cssSelector("button.retry-price"));
            if (!price.isEmpty() || retry.isEmpty() || attempt == 3) {
                return price.isEmpty() ? card.findElement(By.cssSelector("[role='alert']")) : price.getFirst();
            }
            sleep(Duration.ofSeconds(5));
            retry.getFirst().click();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void phoneSized() {
        driver.manage().window().setSize(new Dimension(412, 915));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }
}
