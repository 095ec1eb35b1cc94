package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The analyst's written analysis is never lost: typed in the browser, it is still there after a
 * reload, after a language switch made straight after typing, and after signing out and in again
 * on another device (a new browser context). Screenshots in target/screenshots (drafts-*). Runs
 * with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.grading.async=true", "academy.demo-cohort=true"})
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class AnswerDraftBrowserTest extends ChromiumSuite {

    private static final String FIRST = "Assessment of the synthetic case. The refusals of documents and the "
            + "consular messages follow one another within days: one campaign, not chance.";
    private static final String MORE = " Next step: ask the platform for the sign-up dates.";

    @Test
    @Order(1)
    void aWrittenAnalysisSurvivesAReloadALanguageSwitchAndASignInOnAnotherDevice() {
        // eight builds share two cores here: give each condition time, and put Playwright's default back after
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try {
            journey();
        } finally {
            PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        }
    }

    private void journey() {
        try (BrowserContext laptop = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(laptop, "analyst");
            openTheWrittenAnalysis(page);
            page.locator("#start-attempt").click();
            Locator text = page.locator("#written-text textarea");
            // the clock is started on the server, which then unlocks the text
            assertThat(text).isEditable();
            text.pressSequentially(FIRST);
            // kept on the server: the page says so once the last of the typing got there
            assertThat(page.locator("#draft-saved")).containsText("Draft saved at");
            assertThat(page.locator("#draft-saving")).isHidden();
            page.locator("#draft-status").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "drafts-01-typed-and-saved");

            page.reload();
            assertThat(page.locator("#written-text textarea")).hasValue(FIRST);
            assertThat(page.locator("#draft-saved")).containsText("Your draft saved at");
            page.locator("#draft-status").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "drafts-02-after-reload");

            // typing, then the language at once: the typing reaches the server before the page reloads
            page.locator("#written-text textarea").pressSequentially(MORE);
            page.locator("#draft-status").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "drafts-03-saving");
            page.locator("#language-switch").selectOption("fr");
            assertThat(page.locator("#submit-answer")).hasText("Soumettre la réponse");
            assertThat(page.locator("#written-text textarea")).hasValue(FIRST + MORE);
            assertThat(page.locator("#draft-saved")).containsText("Votre brouillon enregistré à");
            page.locator("#draft-status").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "drafts-04-after-language-switch");

            page.locator("#sign-out").click();
            page.waitForURL(u -> u.contains("/login"));
        }
        // another device: a browser with nothing of the first one but the account (French, as chosen)
        try (BrowserContext phone = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(phone, "analyst");
            openTheWrittenAnalysis(page);
            assertThat(page.locator("#written-text textarea")).hasValue(FIRST + MORE);
            assertThat(page.locator("#draft-saved")).containsText("Votre brouillon enregistré à");
            page.locator("#draft-status").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "drafts-05-another-device");
        }
    }

    private static void openTheWrittenAnalysis(Page page) {
        page.locator("a[id^='course-']").first().click();
        page.locator("#exercise-write-a-case-assessment").click();
        assertThat(page.locator("#written-text")).isVisible();
    }
}
