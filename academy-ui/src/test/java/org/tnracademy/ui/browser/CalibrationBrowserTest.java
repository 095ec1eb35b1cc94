package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * Confidence, calibrated, in the browser: the analyst gives a confidence per question of the CIB
 * signals quiz, one by mouse and one by keyboard, reloads (the draft keeps both), submits and reads
 * their calibration in the feedback, then their reliability curve (chart and table) on My progress;
 * the cohort manager sees the cohort's calibration on the dashboard. axe-core checks each page.
 * Screenshots in target/screenshots (calibration-*). Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.grading.async=true", "academy.demo-cohort=true"})
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class CalibrationBrowserTest extends ChromiumSuite {

    @Autowired
    CohortService cohorts;

    private final AxeAudit audit = new AxeAudit("calibration");

    @Test
    @Order(1)
    void aConfidenceGivenByMouseAndKeyboardSurvivesAReloadAndComesBackAsCalibration() {
        // several builds share two cores here: give each condition time, and put Playwright's default back after
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try {
            analyst();
            manager();
        } finally {
            PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        }
        assertThat(audit.findings()).as("axe findings on the calibration pages").isEmpty();
    }

    private void analyst() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, "analyst");
            page.locator("a[id^='course-']").first().click();
            page.locator("#exercise-cib-signals-quiz").click();
            assertThat(page.locator("#confidence-panel")).isVisible();

            // every question answered with its first option, so that submitting asks nothing more
            Locator questions = page.locator("[id^='question-']");
            assertThat(questions.first()).isVisible();
            for (int q = 0; q < questions.count(); q++) {
                questions.nth(q).locator("vaadin-checkbox, vaadin-radio-button").first().click();
            }

            // by mouse: open the first question's confidence and click 80 %
            Locator first = page.locator("#confidence-item-1");
            first.click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("80%").setExact(true)).click();
            assertThat(first).containsText("80%");

            // by keyboard: once the first list has closed, Tab to the second, open it with the down arrow, go to
            // its last value (100 %) with End and take it with Enter
            Locator second = page.locator("#confidence-item-2");
            assertThat(first).not().hasAttribute("opened", "");
            KeyboardOnly keys = new KeyboardOnly(page);
            keys.tabTo("#confidence-item-2");
            keys.press("ArrowDown");
            assertThat(second).hasAttribute("opened", "");
            HeadlessChromium.shot(page, "calibration-00-keyboard-open");
            page.keyboard().press("End");
            page.keyboard().press("Enter");
            assertThat(second).containsText("100%");
            assertThat(page.locator("#draft-saved")).containsText("Draft saved at");
            page.locator("#confidence-panel").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "calibration-01-confidence-given");

            page.reload();
            assertThat(page.locator("#confidence-item-1")).containsText("80%");
            assertThat(page.locator("#confidence-item-2")).containsText("100%");
            assertThat(page.locator("#draft-saved")).containsText("Your draft saved at");
            AxeAudit.settle(page);
            audit.check(page, "exercise with a confidence, working");

            page.locator("#submit-answer").click();
            Locator calibration = page.locator("#calibration-feedback");
            Locator confirm = page.locator("[role='alertdialog']").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Submit answer"));
            assertThat(calibration.or(confirm).first()).isVisible();
            if (confirm.count() > 0 && confirm.first().isVisible()) {
                confirm.first().click();
            }
            assertThat(calibration).containsText("Calibration");
            assertThat(page.locator("#calibration-line")).containsText("over 2 claims");
            assertThat(page.locator("#calibration-breakdown")).containsText("Shown only");
            calibration.scrollIntoViewIfNeeded();
            AxeAudit.settle(page);
            HeadlessChromium.shot(page, "calibration-02-feedback");
            audit.check(page, "exercise with a confidence, feedback");

            page.navigate(chromium.url("progress"));
            assertThat(page.locator("#chart-my-calibration")).isVisible();
            assertThat(page.locator("#table-my-calibration")).containsText("80–100 %");
            assertThat(page.locator("#my-calibration-reading")).containsText("2 claims");
            page.locator("#my-calibration").scrollIntoViewIfNeeded();
            AxeAudit.settle(page);
            HeadlessChromium.shot(page, "calibration-03-my-progress");
            audit.check(page, "my progress with a reliability curve");
        }
    }

    private void manager() {
        long cohortId = ActingAs.user("manager", Role.COHORT_MANAGER, () -> cohorts.cohorts().getFirst().id());
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, "manager");
            page.navigate(chromium.url("cohorts/" + cohortId + "/dashboard"));
            Locator panel = page.locator("#cohort-calibration");
            assertThat(panel).isVisible();
            // the analyst gave two confidences: too few to be flagged, listed all the same
            assertThat(page.locator("#table-cohort-calibration")).containsText("No flag");
            assertThat(page.locator("#cohort-calibration-summary")).containsText("No analyst is flagged");
            panel.scrollIntoViewIfNeeded();
            AxeAudit.settle(page);
            HeadlessChromium.shot(page, "calibration-04-cohort-dashboard");
            audit.check(page, "cohort dashboard with calibration");
        }
    }
}
