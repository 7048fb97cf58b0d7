package dev.priceflow.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** mia, marketing: a promotion made in the console changes alice's price in the shop; errors show at the field. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK})
@Timeout(240)
class MarketingBrowserIT {

    /** A demo product no other test prices (DOORMAT ENGLISH ROSE, list 7.95, cost 2.75): 20 % off stays above the floor. */
    static final String SKU = "48184";

    private static String gateway;
    private static Tokens tokens;
    private static GatewayApi api;
    private final String name = "Browser test " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void chromium(Stack stack, Tokens keycloak) {
        assumeTrue(Browser.installed(), "skipped: chromium and chromedriver are not installed "
                + "(/usr/bin/chromium, /usr/bin/chromedriver) — ensure_browser in infra/stack/lib/browser.sh installs them");
        gateway = stack.gateway().toString();
        tokens = keycloak;
        api = new GatewayApi(gateway);
    }

    /** Ends this test's promotion whatever happened, so alice's price is back to normal for other tests. */
    @AfterEach
    void endPromotion() {
        String mia = tokens.accessToken("mia", "mia");
        for (JsonNode p : api.call("GET", "/api/v1/promotions", mia, null).body()) {
            if (name.equals(p.path("name").asString(""))
                    && !"ended".equals(p.path("status").asString("")) && !"draft".equals(p.path("status").asString(""))) {
                api.call("POST", "/api/v1/promotions/" + p.path("id").asString() + "/end", mia, null);
            }
        }
    }

    private BigDecimal alicePrice() {
        GatewayApi.Answer quote = api.call("GET", "/api/v1/prices/" + SKU + "?channel=web",
                tokens.accessToken("alice", "alice"), null);
        assertThat(quote.status()).isEqualTo(200);
        return new BigDecimal(quote.body().path("price").asString());
    }

    @Test
    void miaSchedulesAPromotionAndAliceSeesHerPriceDrop() {
        BigDecimal before = alicePrice();
        try (Browser mia = new Browser(gateway)) {
            mia.signIn("/marketing.html", "mia", "mia");
            mia.visible(By.id("promotions"));

            // An empty form is refused by pricing, and each broken rule is shown at its field.
            mia.driver.findElement(By.id("promo-save")).click();
            WebElement nameError = mia.visible(By.id("promo-name-error"));
            assertThat(nameError.getText()).isNotBlank();
            assertThat(mia.driver.findElement(By.id("promo-name")).getAttribute("aria-invalid")).isEqualTo("true");
            mia.screenshot("marketing-field-errors");

            mia.type(By.id("promo-name"), name);
            new Select(mia.driver.findElement(By.id("promo-kind"))).selectByValue("PERCENT_OFF");
            mia.type(By.id("promo-value"), "20");
            mia.type(By.id("promo-sku"), SKU);
            new Select(mia.driver.findElement(By.id("promo-status"))).selectByValue("scheduled");
            mia.driver.findElement(By.id("promo-save")).click();
            mia.await(ExpectedConditions.textToBePresentInElementLocated(By.id("promo-form-status"), "Saved"));
            WebElement row = mia.visible(By.xpath("//table[@id='promotions']//tr[th='" + name + "']"));
            assertThat(row.findElement(By.cssSelector(".promo-state")).getText()).isEqualTo("active");
            mia.screenshot("marketing-promotions");

            // 85099B has 28 weeks of demo sales history; without a trained model the page says why instead.
            mia.type(By.id("forecast-sku"), "85099B");
            mia.driver.findElement(By.cssSelector("#forecast-form button")).click();
            mia.await(ExpectedConditions.or(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("forecast-status"), "Forecast for"),
                    ExpectedConditions.textToBePresentInElementLocated(By.id("forecast-status"), "No forecast")));
            if (mia.driver.findElement(By.id("forecast-status")).getText().contains("Forecast for")) {
                assertThat(mia.driver.findElements(By.cssSelector("#forecast-table tbody tr"))).hasSize(8);
                Object bands = ((org.openqa.selenium.JavascriptExecutor) mia.driver).executeScript(
                        "return Chart.getChart('forecast-chart').data.datasets.map(d => d.label).join(',');");
                assertThat(bands).isEqualTo("P90,P10,P50 (median)");
            }
            ((org.openqa.selenium.JavascriptExecutor) mia.driver).executeScript(
                    "document.getElementById('forecast-heading').scrollIntoView();");
            mia.screenshot("marketing-forecast");
        }

        try (Browser alice = new Browser(gateway)) {
            alice.signIn("/shop.html", "alice", "alice");
            alice.type(By.id("sku-lookup"), SKU);
            alice.driver.findElement(By.cssSelector("#sku-form button")).click();
            WebElement card = alice.visible(By.cssSelector("li.product[data-sku='" + SKU + "']"));
            assertThat(alice.priceOf(card).getText()).startsWith("£");
            WebElement promo = alice.await(d -> card.findElements(By.cssSelector(".applied-promotion")).stream()
                    .filter(e -> e.getText().contains(name)).findFirst().orElse(null));
            assertThat(promo.getText()).contains("−£");
            BigDecimal shown = new BigDecimal(card.findElement(By.cssSelector(".price")).getText().replace("£", ""));
            assertThat(shown).isLessThan(before);
            card.findElement(By.cssSelector("details.why summary")).click();
            assertThat(card.findElements(By.cssSelector("details.why li[data-rule='BEST_PROMOTION']"))).isNotEmpty();
            alice.screenshot("shop-promotion-price");
        }
    }
}
