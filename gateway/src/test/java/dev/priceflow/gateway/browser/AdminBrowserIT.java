package dev.priceflow.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** adam, admin: grants bob marketing, bob reaches the marketing console, adam revokes it again. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK})
@Timeout(240)
class AdminBrowserIT {

    static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";

    private static String gateway;
    private static Tokens tokens;
    private static GatewayApi api;

    @BeforeAll
    static void chromium(Stack stack, Tokens keycloak) {
        Browser.assumeInstalled();
        gateway = stack.gateway().toString();
        tokens = keycloak;
        api = new GatewayApi(gateway);
    }

    /** bob is a plain shopper again whatever happened (the grant is idempotent, so is this). */
    @AfterEach
    void revokeMarketing() {
        api.call("DELETE", "/api/v1/admin/users/" + BOB + "/roles/marketing", tokens.accessToken("adam", "adam"), null);
    }

    private static WebElement marketingBox(Browser adam) {
        return adam.visible(By.id("role-bob-marketing"));
    }

    @Test
    void adamGrantsBobMarketingBobOpensTheConsoleAndAdamRevokesIt() {
        try (Browser adam = new Browser(gateway)) {
            adam.signIn("/admin.html", "adam", "adam");
            adam.type(By.id("user-search"), "bob");
            adam.driver.findElement(By.cssSelector("#user-search-form button")).click();
            adam.await(d -> d.findElements(By.cssSelector("#users tbody tr")).size() == 1
                    && !d.findElements(By.cssSelector("#users tr[data-username='bob']")).isEmpty());
            assertThat(marketingBox(adam).isSelected()).isFalse();

            marketingBox(adam).click();
            adam.await(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-status"),
                    "Granted marketing to bob"));
            adam.await(d -> marketingBox(adam).isSelected());
            // the audit list reloads after the status line is shown: wait for the newest row to be this change
            adam.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#audit tbody tr"),
                    "granted marketing"));
            WebElement newest = adam.visible(By.cssSelector("#audit tbody tr"));
            assertThat(newest.getText()).contains("adam", "granted marketing", "bob");
            adam.screenshot("admin-granted");

            try (Browser bob = new Browser(gateway)) {
                bob.signIn("/marketing.html", "bob", "bob");
                bob.visible(By.id("promotions"));
                assertThat(bob.driver.findElements(By.id("role-missing"))).isEmpty();
                assertThat(bob.driver.findElement(By.id("site-nav")).getText()).contains("Shop", "Marketing");
                bob.screenshot("marketing-bob");
            }

            marketingBox(adam).click();
            adam.await(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-status"),
                    "Revoked marketing from bob"));
            adam.await(d -> !marketingBox(adam).isSelected());
            adam.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#audit tbody tr"),
                    "revoked marketing"));
            assertThat(adam.visible(By.cssSelector("#audit tbody tr")).getText()).contains("adam", "bob");

            // The last administrator cannot take away his own role: the box springs back with the reason.
            adam.type(By.id("user-search"), "adam");
            adam.driver.findElement(By.cssSelector("#user-search-form button")).click();
            adam.visible(By.id("role-adam-admin")).click();
            adam.await(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-status"), "last enabled administrator"));
            assertThat(adam.visible(By.id("role-adam-admin")).isSelected()).isTrue();
            adam.screenshot("admin-last-admin");
        }
    }
}
