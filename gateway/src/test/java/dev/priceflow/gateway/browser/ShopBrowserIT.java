package dev.priceflow.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** alice, a shopper, in the storefront: her personal price, why it is what it is, and her cart. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK})
@Timeout(180)
class ShopBrowserIT {

    private static String gateway;

    @BeforeAll
    static void chromium(Stack stack) {
        Browser.assumeInstalled();
        gateway = stack.gateway().toString();
    }

    @Test
    void aliceSignsInSeesHerPriceWithItsExplanationAndPricesHerCart() {
        try (Browser browser = new Browser(gateway)) {
            browser.driver.get(gateway + "/index.html");
            browser.visible(By.id("sign-in")).click();
            browser.type(By.id("username"), "alice");
            browser.driver.findElement(By.id("password")).sendKeys("alice");
            browser.driver.findElement(By.id("kc-login")).click();
            assertThat(browser.visible(By.id("welcome")).getText()).contains("Welcome");
            List<String> nav = browser.driver.findElements(By.cssSelector("#site-nav a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(nav).contains("Shop").doesNotContain("Marketing", "Admin");
            browser.screenshot("home-alice");

            browser.visible(By.linkText("Shop")).click();
            // Search (recommender) answers products with their personal prices, or the page says it is unavailable.
            browser.type(By.id("product-search"), "heart");
            browser.driver.findElement(By.cssSelector("#search-form button")).click();
            browser.await(ExpectedConditions.or(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "match"),
                    ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "not available")));
            if (browser.driver.findElement(By.id("search-status")).getText().contains("products match")) {
                WebElement first = browser.visible(By.cssSelector("#products li.product"));
                assertThat(first.findElement(By.tagName("h3")).getText()).containsIgnoringCase("heart");
                assertThat(browser.priceOf(first).getText()).matches("£\\d+\\.\\d\\d");
            }
            browser.screenshot("shop-search");
            browser.type(By.id("sku-lookup"), "85123A");
            browser.driver.findElement(By.cssSelector("#sku-form button")).click();
            WebElement card = browser.visible(By.cssSelector("li.product[data-sku='85123A']"));
            WebElement price = browser.priceOf(card);
            assertThat(price.getText()).matches("£\\d+\\.\\d\\d");
            card.findElement(By.cssSelector("details.why summary")).click();
            List<String> rules = card.findElements(By.cssSelector("details.why li")).stream()
                    .map(li -> li.getAttribute("data-rule")).toList();
            assertThat(rules).contains("LIST_PRICE", "ROUNDING");
            assertThat(card.findElement(By.cssSelector("details.why")).getText()).contains("→ £");
            browser.screenshot("shop-price-explained");

            card.findElement(By.id("add-85123A")).click();
            browser.visible(By.cssSelector("#cart tbody tr[data-sku='85123A']"));
            browser.type(By.id("promo-code"), "NOSUCHCODE1");
            browser.driver.findElement(By.cssSelector("#code-form button")).click();
            browser.await(ExpectedConditions.or(
                    ExpectedConditions.visibilityOfElementLocated(By.id("order-total-amount")),
                    ExpectedConditions.visibilityOfElementLocated(By.id("order-error"))));
            browser.screenshot("shop-cart");

            browser.phoneSized();
            browser.driver.navigate().refresh();
            browser.visible(By.id("product-search"));
            browser.visible(By.cssSelector("#cart tbody tr[data-sku='85123A']"));
            browser.screenshot("shop-phone");
        }
    }
}
