package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An analyst groups the accounts of the starter course's attribution exercise by operator: two
 * accounts with the mouse (each row's group picker), a third with the keyboard only (Enter in the
 * row reaches its picker, the arrows and Enter choose), reloads and finds the groups back (the
 * draft), submits and reads the feedback. Screenshots in target/screenshots (attribution-*). Runs
 * with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.grading.async=true")
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class AttributionBrowserTest extends ChromiumSuite {

    private static final String SLUG = "attribute-accounts-to-operators";

    @BeforeAll
    void patientAssertions() {
        // several builds share two cores here: give each condition time
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    void defaultAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    @Order(1)
    void accountsAreGroupedByMouseAndByKeyboardKeptOverAReloadAndGraded() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, "analyst");
            page.locator("a[id^='course-']").first().click();
            page.locator("#exercise-" + SLUG).click();
            Locator pickers = page.locator("#attribution-accounts [id^='group-of-']");
            assertThat(pickers.first()).isVisible();
            assertThat(page.locator("#attribution-group-count")).hasText("No group yet, 0 of 25 accounts placed.");

            // by mouse: the first account opens a new group, the second joins it
            pickers.nth(0).click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("New group")).click();
            assertThat(page.locator("#attribution-group-1")).containsText("(1 account)");
            pickers.nth(1).click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Group 1")).click();
            assertThat(page.locator("#attribution-group-1")).containsText("(2 accounts)");

            // by keyboard: from the third account's name, Enter reaches its picker, which opens on Enter
            KeyboardOnly keys = new KeyboardOnly(page);
            page.locator("#attribution-accounts vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(pickers.nth(2).getAttribute("id").substring("group-of-".length()))).first().click();
            keys.press("ArrowRight", "Enter");
            keys.assertFocusOn("#attribution-accounts [id^='group-of-']");
            keys.press("Enter");
            keys.pickInOpenSelect(1);
            assertThat(page.locator("#attribution-group-1")).containsText("(3 accounts)");
            // focus stays on the row's picker, drawn again with the groups
            keys.assertFocusOn("#attribution-accounts [id^='group-of-']");
            assertThat(page.locator("#attribution-group-count")).hasText("One group, 3 of 25 accounts placed.");
            assertThat(page.locator("#draft-saved")).containsText("Draft saved at");
            HeadlessChromium.shot(page, "attribution-01-grouped");

            page.reload();
            assertThat(page.locator("#attribution-group-count")).hasText("One group, 3 of 25 accounts placed.");
            assertThat(page.locator("#attribution-group-1")).containsText("(3 accounts)");
            assertThat(page.locator("#draft-saved")).containsText("Your draft saved at");
            HeadlessChromium.shot(page, "attribution-02-after-reload");

            page.locator("#submit-answer").click();
            assertThat(page.locator("#score")).isVisible();
            assertThat(page.locator("#attribution-feedback")).isVisible();
            assertThat(page.locator("#scoring-rule")).containsText("B-cubed F1");
            assertThat(page.locator("#attribution-placed-right")).containsText("of 25 accounts placed");
            page.locator("#attribution-feedback").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "attribution-03-feedback");
        }
    }
}
