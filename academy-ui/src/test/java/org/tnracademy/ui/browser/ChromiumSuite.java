package org.tnracademy.ui.browser;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser suite against the academy its Spring test starts on a random port: one headless
 * Chromium for the class, tests in their {@code @Order}. Each suite carries
 * {@code @EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")} itself (JUnit
 * does not inherit it), so it runs only with the Maven profile {@code browser}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ChromiumSuite {

    @LocalServerPort
    int port;

    HeadlessChromium chromium;
    Browser browser;

    @BeforeAll
    void startBrowser() {
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
