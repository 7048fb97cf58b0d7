package dev.priceflow.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages' sign-in module (js/auth.js) in a real browser: PKCE S256, the state check, sign-out. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK})
@Timeout(120)
class AuthBrowserIT {

    private static String gateway;

    @BeforeAll
    static void chromium(Stack stack) {
        Browser.assumeInstalled();
        gateway = stack.gateway().toString();
    }

    /** The challenge is BASE64URL(SHA-256(verifier)) without padding (RFC 7636 S256), checked against Java's. */
    @Test
    void theCodeChallengeIsS256OfTheVerifier() throws Exception {
        try (Browser browser = new Browser(gateway)) {
            browser.driver.get(gateway + "/index.html");
            browser.visible(By.id("sign-in"));
            for (int i = 0; i < 5; i++) {
                Object pair = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        import('/js/auth.js').then(async m => { const v = m.randomString(48);
                            return v + ' ' + await m.s256(v); }).then(done, e => done('error: ' + e));""");
                String[] parts = ((String) pair).split(" ");
                assertThat(parts[0]).matches("[A-Za-z0-9_-]{64}");
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(parts[0].getBytes(StandardCharsets.US_ASCII));
                assertThat(parts[1]).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            }
        }
    }

    @Test
    void aCallbackWhoseStateThisTabDidNotSendIsRefused() {
        try (Browser browser = new Browser(gateway)) {
            browser.driver.get(gateway + "/shop.html?code=forged-code&state=forged-state");
            String alert = browser.visible(By.cssSelector("main [role='alert']")).getText();
            assertThat(alert).contains("state check failed");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("code=");
            assertThat(browser.driver.findElements(By.id("signed-in-as"))).isEmpty();
        }
    }

    @Test
    void signingOutEndsTheSessionAndComesBackHome() {
        try (Browser browser = new Browser(gateway)) {
            browser.signIn("/shop.html", "alice", "alice");
            // clicked from script: the click starts a navigation through Keycloak's logout, which a WebDriver click
            // waits for inside chromedriver's fixed 30 s renderer timeout (hit once in CI on a busy machine); the
            // wait below follows the navigation with the tests' own timeout instead
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
                    browser.visible(By.id("sign-out")));
            browser.await(ExpectedConditions.urlToBe(gateway.replaceAll("/$", "") + "/index.html"));
            browser.visible(By.id("sign-in"));
            // The Keycloak session is gone too: a protected page asks for the password again.
            browser.driver.get(gateway + "/shop.html");
            browser.visible(By.id("username"));
        }
    }
}
