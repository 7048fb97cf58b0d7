package dev.priceflow.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * mia in the marketing console: a what-if simulation (chart of current against proposed, totals) and a price
 * experiment (created, listed, results with intervals, ended). Needs pricing's simulation and experiment
 * endpoints ({@code /api/v1/pricing/simulations}, {@code /api/v1/pricing/experiments}) on the running stack.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK})
@Timeout(240)
class MarketingConsoleBrowserIT {

    /** The demo's best seller: the simulation has demand to work from (it only reads, it changes no price). */
    static final String WHAT_IF_SKU = "85123A";
    /** HAND WARMER OWL DESIGN: no other test prices it; the experiment is ended by the test (and after it). */
    static final String EXPERIMENT_SKU = "22865";

    private static String gateway;
    private static Tokens tokens;
    private static GatewayApi api;
    private final String name = "Browser experiment " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void chromium(Stack stack, Tokens keycloak) {
        Browser.assumeInstalled();
        gateway = stack.gateway().toString();
        tokens = keycloak;
        api = new GatewayApi(gateway);
    }

    /** Ends this test's experiment whatever happened, so shoppers' prices of the SKU are back to normal. */
    @AfterEach
    void endExperiment() {
        String mia = tokens.accessToken("mia", "mia");
        JsonNode all = api.call("GET", "/api/v1/pricing/experiments", mia, null).body();
        for (JsonNode x : all.isArray() ? all : List.<JsonNode>of()) {
            if (name.equals(x.path("name").asString("")) && !"ended".equalsIgnoreCase(x.path("status").asString(""))) {
                api.call("POST", "/api/v1/pricing/experiments/" + x.path("id").asString() + "/end", mia, null);
            }
        }
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }

    @Test
    void miaRunsAWhatIfAndAPriceExperiment() {
        try (Browser mia = new Browser(gateway)) {
            mia.signIn("/marketing.html", "mia", "mia");
            mia.visible(By.id("whatif-form"));

            // The trends dashboard (category "home" on load): charts beside the lists, or the page says why not.
            mia.await(d -> !d.findElements(By.cssSelector("#trends h3")).isEmpty()
                    || !d.findElement(By.id("trends-status")).getText().isBlank());
            if (!mia.driver.findElements(By.cssSelector("#trends h3")).isEmpty()) {
                int rising = mia.driver.findElements(By.cssSelector("#trends ol li")).size();
                if (rising > 0) {
                    assertThat(js(mia, "return Chart.getChart('trends-rising-chart').data.labels.length;"))
                            .isEqualTo((long) rising);
                }
                int indexed = mia.driver.findElements(By.cssSelector("#trends table tbody tr")).size();
                if (indexed > 0) {
                    assertThat(js(mia, "return Chart.getChart('trends-index-chart').data.labels.length;"))
                            .isEqualTo((long) indexed);
                }
                js(mia, "document.getElementById('trends-heading').scrollIntoView();");
                mia.screenshot("marketing-trends");
            } else {
                assertThat(mia.driver.findElement(By.id("trends-status")).getText())
                        .containsAnyOf("not available", "Nothing is known", "could not be loaded");
            }

            // A proposal without a value is refused by pricing, at the field.
            mia.type(By.id("whatif-sku"), WHAT_IF_SKU);
            mia.driver.findElement(By.id("whatif-run")).click();
            mia.await(ExpectedConditions.textToBePresentInElementLocated(By.id("whatif-status"), "correct the"));
            assertThat(mia.driver.findElements(By.cssSelector("#whatif-form [aria-invalid='true']"))).isNotEmpty();
            assertThat(mia.driver.findElements(By.cssSelector("#whatif-form .field-error"))).isNotEmpty();

            new Select(mia.driver.findElement(By.id("whatif-kind"))).selectByValue("PERCENT_OFF");
            mia.type(By.id("whatif-value"), "10");
            mia.driver.findElement(By.id("whatif-run")).click();
            mia.await(ExpectedConditions.textToBePresentInElementLocated(By.id("whatif-status"), "Simulated"));
            assertThat(mia.visible(By.id("whatif-chart")).getSize().getHeight()).isPositive();
            // one point per simulated day, starting on the form's first day
            String from = mia.driver.findElement(By.id("whatif-from")).getAttribute("value");
            long days = (Long) js(mia, "return Chart.getChart('whatif-chart').data.labels.length;");
            assertThat(days).isPositive();
            assertThat(mia.driver.findElement(By.id("whatif-status")).getText()).contains("Simulated " + days + " days");
            assertThat(js(mia, "return Chart.getChart('whatif-chart').data.labels[0];")).isEqualTo(from);
            assertThat(js(mia, "return Chart.getChart('whatif-chart').data.datasets.map(d => d.label).join('|');"))
                    .isEqualTo("Units, current|Units, proposed");
            List<String> measures = mia.await(d -> d.findElements(By.cssSelector("#whatif-totals tbody tr")).stream()
                    .map(r -> r.getAttribute("data-measure")).toList());
            assertThat(measures).containsExactly("units", "revenue", "margin");
            String revenue = mia.await(d -> d.findElements(By.cssSelector("#whatif-totals tbody tr")).get(1).getText());
            assertThat(revenue).contains("£");
            mia.driver.findElement(By.cssSelector("label[for='whatif-metric-revenue']")).click();
            assertThat(js(mia, "return Chart.getChart('whatif-chart').data.datasets[1].label;")).isEqualTo("Revenue, proposed");
            js(mia, "document.getElementById('whatif-heading').scrollIntoView();");
            mia.screenshot("marketing-whatif");

            // A price experiment on one SKU: control at 0 %, one arm 5 % cheaper, 10 % holdout.
            mia.type(By.id("exp-name"), name);
            mia.type(By.id("exp-sku"), EXPERIMENT_SKU);
            assertThat(mia.driver.findElement(By.id("exp-arm-0-priceChangePercent")).getAttribute("value")).isEqualTo("0");
            mia.type(By.id("exp-arm-1-priceChangePercent"), "-5");
            mia.driver.findElement(By.id("exp-save")).click();
            mia.await(ExpectedConditions.textToBePresentInElementLocated(By.id("exp-form-status"), "Started"));
            String rowXpath = "//table[@id='experiments']//tr[th='" + name + "']";
            // the experiments table is re-rendered after a save: look the row up afresh for every read and click
            String rowText = mia.await(d -> d.findElement(By.xpath(rowXpath)).getText());
            assertThat(rowText).contains("SKU " + EXPERIMENT_SKU, "control", "-5", "10 %");

            mia.await(d -> {
                d.findElement(By.xpath(rowXpath + "//button[text()='Results']")).click();
                return true;
            });
            mia.await(ExpectedConditions.textToBePresentInElementLocated(By.id("exp-results-heading"), name));
            List<String> roles = mia.await(d -> d.findElements(By.cssSelector("#exp-results-table tbody tr")).stream()
                    .map(r -> r.getAttribute("data-role")).toList());
            assertThat(roles).startsWith("control", "arm");
            assertThat(js(mia, "return Chart.getChart('exp-chart').data.datasets.map(d => d.label).join('|');"))
                    .isEqualTo("95 % confidence interval|estimate");
            js(mia, "document.getElementById('exp-results-heading').scrollIntoView();");
            mia.screenshot("marketing-experiment");

            mia.driver.findElement(By.xpath(rowXpath + "//button[text()='End']")).click();
            mia.await(ExpectedConditions.textToBePresentInElementLocated(By.id("exp-status"), "has ended"));
            mia.await(d -> "ended".equals(d.findElement(By.xpath(rowXpath + "//span[contains(@class,'exp-state')]"))
                    .getAttribute("data-state")));
            assertThat(mia.driver.findElements(By.xpath(rowXpath + "//button[text()='End']"))).isEmpty();
        }
    }
}
