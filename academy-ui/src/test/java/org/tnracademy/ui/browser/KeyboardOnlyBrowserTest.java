package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An analyst with only a keyboard does one exercise of each of the eleven types of the starter course:
 * signs in, tabs to the exercise, answers (every grid row's control reached with Enter from its
 * cell, pickers closed by the choice, spans selected with Shift and the arrows and marked with a
 * key, the timeline reordered without dragging), submits (confirming by keyboard when asked) and
 * finds focus on the feedback. At each step focus is where the work goes on and shows. Only key
 * presses and typing: no click, no fill, no value set by script (scripts only read where focus is).
 * Screenshots in target/screenshots (keys-*). Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.grading.async=true")
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class KeyboardOnlyBrowserTest extends ChromiumSuite {

    @BeforeAll
    void patientAssertions() {
        // several builds share two cores here: give each condition time
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    void defaultAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    @Order(1)
    void choiceQuestionsAreAnsweredWithSpaceAndTheArrows() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "tnr-forms-quiz");
            keys.tabTo("#choice-definition");
            keys.assertFocusOn("#choice-definition");
            keys.press("Space", "ArrowDown");
            assertThat(keys.page().locator("#choice-definition vaadin-radio-button[checked]"))
                    .hasText("What the post seeks to do: intimidate, silence, discredit or coerce");
            HeadlessChromium.shot(keys.page(), "keys-01-choice-radio");
            keys.press("Tab");
            keys.assertFocusOn("#choice-passport");
            keys.press("Space");
            keys.press("Tab");
            keys.assertFocusOn("#choice-doxing-signals");
            keys.press("Space");
            assertThat(keys.page().locator("#choice-answered")).hasText("3 of 5 questions answered");
            submit(keys, false);
            assertThat(keys.page().locator("#score")).isVisible();
            HeadlessChromium.shot(keys.page(), "keys-01-choice-feedback");
        }
    }

    @Test
    @Order(2)
    void shortAnswersAreTypedFieldAfterField() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "spot-consular-phishing");
            keys.tabTo("#blank-impersonation");
            keys.assertFocusOn("#blank-impersonation");
            keys.type("the consulate");
            keys.press("Tab");
            keys.assertFocusOn("#blank-sender-domain");
            keys.type("consulate-services-online.example");
            keys.press("Tab");
            keys.assertFocusOn("#blank-official-domain");
            keys.type("consulate.example");
            HeadlessChromium.shot(keys.page(), "keys-02-short-answer");
            submit(keys, false);
            assertThat(keys.page().locator("#score")).isVisible();
        }
    }

    @Test
    @Order(3)
    void labelsAreGivenByDigitAndByEachRowsPicker() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "label-posts-basics");
            Page page = keys.page();
            keys.tabIntoGrid("#dataset-grid");
            keys.press("Space", "2");
            assertThat(page.locator("#labelled-count")).containsText("1 of 40");
            keys.assertFocusOn("#dataset-grid");
            // the next row's own picker: Enter in its cell reaches it, a choice with Enter closes it
            keys.press("ArrowDown", "End", "Enter");
            keys.assertFocusOn("#dataset-grid [id^='label-']");
            keys.press("ArrowDown");
            assertThat(page.locator("vaadin-select[opened]")).hasCount(1);
            HeadlessChromium.shot(page, "keys-03-labelling-picker-open");
            keys.pickInOpenSelect(1);
            // the choice arrived (the count says so) before the picker is found closed
            assertThat(page.locator("#labelled-count")).containsText("2 of 40");
            assertThat(page.locator("vaadin-select[opened]")).hasCount(0);
            keys.assertFocusOn("#dataset-grid [id^='label-']");
            HeadlessChromium.shot(page, "keys-03-labelling-picked");
            // Escape goes back from the picker to the row, and the arrows on from there
            keys.press("Escape", "ArrowDown", "Space", "3");
            assertThat(page.locator("#labelled-count")).containsText("3 of 40");
            submit(keys, true);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(4)
    void spansAreSelectedWithShiftAndTheArrowsAndMarkedWithADigit() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "mark-exposed-personal-data");
            Page page = keys.page();
            keys.tabTo("#next-post");
            keys.press("Enter");
            assertThat(page.locator("#post-title")).hasText("Post 2 of 12");
            keys.tabTo("#post-text");
            keys.assertFocusOn("#post-text");
            String text = page.locator("#post-text").textContent();

            // a word at a time: Ctrl+Shift+Right twice takes "Brackenhollow Logistics"; 4 is Workplace
            moveTo(keys, text.indexOf("Brackenhollow"));
            keys.press("Control+Shift+ArrowRight", "Control+Shift+ArrowRight");
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «Brackenhollow Logistics»");
            HeadlessChromium.shot(page, "keys-04-spans-selected");
            keys.press("4");
            assertThat(page.locator("#span-message")).hasText("Marked «Brackenhollow Logistics» as Workplace.");
            keys.assertFocusOn("#post-text");

            // a character at a time: the e-mail address, marked with 3 (Private e-mail address)
            String email = "dario.morvaine@postbox.example";
            moveTo(keys, text.indexOf(email));
            for (int i = 0; i < email.length(); i++) {
                keys.press("Shift+ArrowRight");
            }
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «" + email + "»");
            keys.press("3");
            assertThat(page.locator("#span-message")).hasText("Marked «" + email + "» as Private e-mail address.");
            assertThat(page.locator("#mark-list")).containsText(email);
            keys.assertFocusOn("#post-text");
            HeadlessChromium.shot(page, "keys-04-spans-marked");

            // a mark removed from the list: focus goes to the mark that took its place
            keys.tabIntoGrid("#mark-list");
            keys.press("End", "Enter");
            keys.assertFocusOn("#remove-mark-0");
            keys.press("Enter");
            assertThat(page.locator("#span-message")).hasText("Mark «Brackenhollow Logistics» (Workplace) removed.");
            keys.assertFocusOn("#remove-mark-0");
            submit(keys, false);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(5)
    void attributionAccountsArePutInGroupsWithTheirRowPickers() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "attribute-accounts-to-operators");
            Page page = keys.page();
            keys.tabIntoGrid("#attribution-accounts");
            keys.press("ArrowRight", "Enter");
            keys.assertFocusOn("#attribution-accounts [id^='group-of-']");
            // the picker opens on Enter: "New group" is below "On its own"
            keys.press("Enter");
            keys.pickInOpenSelect(1);
            assertThat(page.locator("#attribution-group-1")).containsText("(1 account)");
            keys.assertFocusOn("#attribution-accounts [id^='group-of-']");
            keys.press("Escape", "ArrowDown", "Enter");
            keys.assertFocusOn("#attribution-accounts [id^='group-of-']");
            keys.press("Enter");
            keys.pickInOpenSelect(1);
            assertThat(page.locator("#attribution-group-1")).containsText("(2 accounts)");
            HeadlessChromium.shot(page, "keys-05-attribution");
            keys.press("Escape");
            submit(keys, false);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(5)
    void setSelectionRowsAreChosenWithXAndWithTheirBoxes() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "find-coordinated-accounts");
            Page page = keys.page();
            keys.tabIntoGrid("#item-checklist");
            keys.press("Space", "x");
            assertThat(page.locator("#item-count")).hasText("1 of 46 items chosen");
            keys.assertFocusOn("#item-checklist");
            keys.press("ArrowDown", "Home", "Enter");
            keys.assertFocusOn("#item-checklist [id^='choose-']");
            keys.press("Space");
            assertThat(page.locator("#item-count")).hasText("2 of 46 items chosen");
            // the row's other control: the account's activity in the log
            keys.press("Tab");
            keys.assertFocusOn("#item-checklist [id^='show-activity-']");
            keys.press("Enter");
            assertThat(page.locator("#log-author")).containsText("Showing the activity of");
            HeadlessChromium.shot(page, "keys-05-set-selection");
            keys.press("Escape");
            submit(keys, false);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(6)
    void timelineEventsMoveWithAltArrowsAndWithTheMoveButtons() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "reconstruct-harassment-timeline");
            Page page = keys.page();
            Locator status = page.locator("#timeline-status");
            keys.tabIntoGrid("#timeline-grid");
            keys.press("Space", "Alt+ArrowDown");
            assertThat(status).hasText(Pattern.compile("is now at position 2 of 12"));
            keys.assertFocusOn("#timeline-grid");
            // the moved event's row has focus: its move buttons, reached with Enter, keep it
            keys.press("End", "Enter");
            keys.assertFocusOn("#timeline-grid [id^='earlier-']");
            keys.press("Enter");
            assertThat(status).hasText(Pattern.compile("is now at position 1 of 12"));
            // first now, it can go no earlier: focus is on its other button
            keys.assertFocusOn("#timeline-grid [id^='later-']");
            keys.press("Enter");
            assertThat(status).hasText(Pattern.compile("is now at position 2 of 12"));
            keys.assertFocusOn("#timeline-grid [id^='later-']");
            HeadlessChromium.shot(page, "keys-06-timeline-moved");
            keys.press("Escape");
            submit(keys, false);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(7)
    void techniquePickerClosesOnAChoice() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "tag-smear-campaign-disarm");
            Page page = keys.page();
            keys.tabTo("#technique-picker");
            keys.assertFocusOn("#technique-picker");
            String technique = "T0086.002";
            keys.type(technique);
            // the list is filtered on the server: wait until it shows only what matches
            Locator items = page.locator("vaadin-multi-select-combo-box-item:visible");
            assertThat(items.filter(new Locator.FilterOptions().setHasText(technique))).hasCount(1);
            assertThat(items.filter(new Locator.FilterOptions().setHasNotText(technique))).hasCount(0);
            // a filter that begins an item's name highlights it already; otherwise the arrow does
            if (items.and(page.locator("[focused]")).count() == 0) {
                keys.press("ArrowDown");
            }
            keys.press("Enter");
            assertThat(page.locator("#tagged-by-tactic")).containsText(technique);
            assertThat(page.locator("#technique-picker[opened]")).hasCount(0);
            keys.assertFocusOn("#technique-picker");
            HeadlessChromium.shot(page, "keys-07-tagging");
            submit(keys, false);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(8)
    void estimatesAreTypedAfterStartingTheClock() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "geolocate-the-photos");
            startTimedAttempt(keys);
            String[][] entries = {{"latitude-q-photo-001", "43.3"}, {"longitude-q-photo-001", "5.4"},
                    {"latitude-q-photo-002", "43.29"}, {"longitude-q-photo-002", "5.37"},
                    {"value-q-photo-003", "120"}, {"value-q-photo-004", "3"}};
            for (String[] entry : entries) {
                // Tab passes the previous location question's map (and its zoom buttons) on the way
                keys.tabTo("#" + entry[0]);
                keys.assertFocusOn("#" + entry[0]);
                keys.type(entry[1]);
                if (entry[0].equals("longitude-q-photo-001")) {
                    placeThePinByKeyboard(keys);
                }
            }
            HeadlessChromium.shot(keys.page(), "keys-08-estimate");
            submit(keys, true);
            assertThat(keys.page().locator("#score")).isVisible();
        }
    }

    /** The first photo's map comes right after its fields: Enter drops the pin, an arrow moves it, the fields follow. */
    private static void placeThePinByKeyboard(KeyboardOnly keys) {
        keys.press("Tab");
        keys.assertFocusOn("#map-q-photo-001");
        Locator longitude = keys.page().locator("#longitude-q-photo-001 input");
        // the pin drops (at the map's centre, or where the typed place centred it) and moves east
        keys.press("Enter", "ArrowRight");
        assertThat(longitude).not().hasValue("5.4");
        assertThat(longitude).hasValue(java.util.regex.Pattern.compile("^-?\\d+\\.\\d+$"));
        // each later arrow moves it further: right is east, whichever update the page showed first
        String before = longitude.inputValue();
        keys.press("ArrowRight");
        assertThat(longitude).not().hasValue(before);
        org.assertj.core.api.Assertions.assertThat(Double.parseDouble(longitude.inputValue())).as("right is east")
                .isGreaterThan(Double.parseDouble(before));
    }

    @Test
    @Order(9)
    void indicatorLinesAreClaimedByDigitAndWithEachRowsControls() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "match-spyware-indicators");
            Page page = keys.page();
            startTimedAttempt(keys);
            keys.tabIntoGrid("#log-grid");
            keys.press("Space", "1");
            assertThat(page.locator("#claim-status")).hasText("1 of 40 lines claimed.");
            keys.assertFocusOn("#log-grid");
            // the next line's picker: its row is drawn again on the choice, and focus stays on it
            keys.press("ArrowDown", "End", "Enter");
            keys.assertFocusOn("#log-grid [id^='indicator-']");
            keys.press("ArrowDown");
            assertThat(page.locator("vaadin-select[opened]")).hasCount(1);
            keys.pickInOpenSelect(2);
            assertThat(page.locator("#claim-status")).hasText("2 of 40 lines claimed.");
            assertThat(page.locator("vaadin-select[opened]")).hasCount(0);
            keys.assertFocusOn("#log-grid [id^='indicator-']");
            HeadlessChromium.shot(page, "keys-09-indicators");
            // the same row's hit box: unticked, the claim goes, and focus stays on the box
            keys.press("Shift+Tab");
            keys.assertFocusOn("#log-grid [id^='hit-']");
            keys.press("Space");
            assertThat(page.locator("#claim-status")).hasText("1 of 40 lines claimed.");
            keys.assertFocusOn("#log-grid [id^='hit-']");
            keys.press("Escape");
            submit(keys, true);
            assertThat(page.locator("#score")).isVisible();
        }
    }

    @Test
    @Order(10)
    void aWrittenAnalysisIsTypedAndSubmittedForGrading() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "write-a-case-assessment");
            startTimedAttempt(keys);
            keys.press("Tab");
            keys.assertFocusOn("#written-text");
            keys.type("The refusals of documents and the consular messages follow one another within days: "
                    + "one campaign, not chance.");
            assertThat(keys.page().locator("#draft-saved")).containsText("Draft saved at");
            HeadlessChromium.shot(keys.page(), "keys-10-written");
            submit(keys, true);
            assertThat(keys.page().locator("#written-pending")).isVisible();
        }
    }

    @Test
    @Order(11)
    void theLanguageIsReachedWithTheArrowsAndSwitchedWithEnter() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            KeyboardOnly keys = open(context, "tnr-forms-quiz");
            Page page = keys.page();
            keys.tabTo("#language-switch", true);
            keys.assertFocusOn("#language-switch");
            // Chromium changes a closed select on each arrow: the page stays as it is meanwhile. A
            // mark on this document, and the server's answers all in: a reload would have lost it
            page.evaluate("window.__academySameDocument = true");
            keys.press("ArrowDown", "ArrowDown");
            assertThat(page.locator("#language-switch")).hasValue("de");
            page.waitForFunction("!Object.values(window.Vaadin.Flow.clients).some(c => c.isActive())");
            org.assertj.core.api.Assertions.assertThat(page.evaluate("window.__academySameDocument === true"))
                    .isEqualTo(true);
            assertThat(page.locator("#submit-answer")).hasText("Submit answer");
            keys.press("Enter");
            assertThat(page.locator("#submit-answer")).hasText("Antwort abgeben");
            assertThat(page.locator("#language-switch")).hasValue("de");
            HeadlessChromium.shot(page, "keys-11-language");
            // back to English, as the suite's other tests expect, and remembered as such
            keys.tabTo("#language-switch", true);
            keys.press("Home", "Enter");
            assertThat(page.locator("#submit-answer")).hasText("Submit answer");
        }
    }

    /** Signs in from the keyboard and tabs to the exercise through the catalogue and the course. */
    private KeyboardOnly open(BrowserContext context, String slug) {
        Page page = context.newPage();
        page.navigate(chromium.url("login"));
        KeyboardOnly keys = new KeyboardOnly(page);
        // the user name field has focus when the page opens
        keys.assertFocusOn("input[name='username']");
        keys.type("analyst");
        keys.press("Tab");
        keys.type("analyst");
        keys.press("Enter");
        assertThat(page.locator("#signed-in-user")).hasText("analyst");
        keys.tabTo("#course-tnr-foundations");
        keys.assertFocusOn("#course-tnr-foundations");
        keys.press("Enter");
        assertThat(page.locator("#exercise-" + slug)).isVisible();
        keys.tabTo("#exercise-" + slug);
        keys.assertFocusOn("#exercise-" + slug);
        keys.press("Enter");
        assertThat(page.locator("#submit-answer")).isVisible();
        return keys;
    }

    /** The start button hides once pressed: focus goes to the time left, above the workspace. */
    private static void startTimedAttempt(KeyboardOnly keys) {
        keys.tabTo("#start-attempt");
        keys.assertFocusOn("#start-attempt");
        keys.press("Enter");
        // the clock shows (the server started the attempt) before the button is found gone
        assertThat(keys.page().locator("#time-left")).isVisible();
        assertThat(keys.page().locator("#start-attempt")).isHidden();
        keys.assertFocusOn("#time-left");
    }

    /** Submits, confirms when the page asks, and finds focus on the feedback. */
    private static void submit(KeyboardOnly keys, boolean confirmation) {
        keys.tabTo("#submit-answer");
        keys.assertFocusOn("#submit-answer");
        keys.press("Enter");
        if (confirmation) {
            // focus is on the dialog's confirming button: Enter confirms
            keys.assertFocusOn("[slot='confirm-button']");
            HeadlessChromium.shot(keys.page(), "keys-confirm-" + keys.page().url().replaceAll("\\D+", ""));
            keys.press("Enter");
        }
        keys.assertFocusOn("#feedback");
    }

    /** Puts the caret of the focused post text before UTF-16 offset {@code at} (the posts here are ASCII before it). */
    private static void moveTo(KeyboardOnly keys, int at) {
        keys.press("Home");
        for (int i = 0; i < at; i++) {
            keys.press("ArrowRight");
        }
    }
}
