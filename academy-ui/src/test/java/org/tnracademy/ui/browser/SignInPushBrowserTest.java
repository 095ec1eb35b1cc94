package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sign-in page opens no push connection (it is plain HTML without a Vaadin client: every
 * arriving learner paid for a UI there); the page a learner lands on after signing in opens its own. Runs with the
 * Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class SignInPushBrowserTest extends ChromiumSuite {

    @Test
    @Order(1)
    void theSignInPageOpensNoPushConnectionAndTheCatalogueDoes() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> sockets = new CopyOnWriteArrayList<>();
            page.onWebSocket(socket -> sockets.add(socket.url()));

            page.navigate(chromium.url("login"));
            // a plain page: no Vaadin client, so nothing that could open push
            assertThat(page.locator("input[name='username']")).isVisible();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            org.assertj.core.api.Assertions.assertThat(sockets).as("websockets of the sign-in page").isEmpty();
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => typeof window.Vaadin"))
                    .as("no Vaadin client on the sign-in page").isEqualTo("undefined");

            page.locator("input[name='username']").fill("analyst");
            page.locator("input[name='password']").fill("analyst");
            page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
            page.waitForURL(u -> !u.contains("/login"));
            assertThat(page.locator("#signed-in-user")).hasText("analyst");
            page.waitForCondition(() -> sockets.stream().anyMatch(url -> url.contains("v-r=push")),
                    new Page.WaitForConditionOptions().setTimeout(30_000));
        }
    }
}
