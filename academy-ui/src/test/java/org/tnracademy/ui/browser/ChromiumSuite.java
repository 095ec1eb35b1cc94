package org.tnracademy.ui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A browser suite against the academy its Spring test starts on a random port: one headless
 * Chromium for the class, tests in their {@code @Order}. Each suite carries
 * {@code @EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")} itself (JUnit
 * does not inherit it), so it runs only with the Maven profile {@code browser}.
 * <p>
 * Each suite leaves no academy behind (its context and in-memory database are closed after it), so
 * the next starts on a fresh one: suites sign in as the same demo analyst and use up attempts (the
 * written analysis has one), and sharing a cached context would make one suite's result depend on
 * which ran before it.
 */
// after the class, not before: a per-class test instance gets its port before a "before" mode would close that context
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ChromiumSuite {

    @LocalServerPort
    int port;

    HeadlessChromium chromium;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        // several JVMs share two cores in CI: a condition may take long to become true (a failing
        // one still fails, only later); a suite may ask for more in its own @BeforeAll
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        chromium = HeadlessChromium.launch(port);
        browser = chromium.browser();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
