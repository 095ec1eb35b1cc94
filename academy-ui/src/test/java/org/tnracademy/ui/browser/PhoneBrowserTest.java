package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;

/**
 * The learner's whole path on a phone (360 x 740 CSS pixels): every learner page and one exercise
 * of each of the eleven types, worked, submitted and with its feedback, never wider than the screen;
 * the header's sign-out and language switch reachable behind its menu button. Screenshots of every
 * page go to target/phone-screenshots. Evidence is never cut: the hashes of the indicator exercise
 * wrap rather than end in an ellipsis, on a phone and on a laptop. On a tablet (1,024 px, the
 * menu open) and a laptop (1,440 px) every workspace's and feedback's grid holds its columns without
 * scrolling sideways.
 * <p>
 * Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.grading.async=true", "academy.demo-cohort=true"})
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class PhoneBrowserTest extends ChromiumSuite {

    @Autowired
    AccountProvisioning provisioning;

    static final Path SHOTS = Path.of("target", "phone-screenshots");
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;
    /** Sub-pixel rounding of a few layouts; anything wider is a page that scrolls sideways. */
    static final int TOLERANCE_PX = 2;
    /** A loaded machine: conditions may take long to become true. */
    static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    /**
     * The options of the picker just opened: visible ones only, since the header's native language
     * select keeps its own options in the page all along.
     */
    static Locator pickerOptions(Page page) {
        return page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setVisible(true));
    }

    /** One exercise per type, and how a learner gives it a first answer on a phone. */
    private static final Map<String, Consumer<Page>> EXERCISES = new java.util.LinkedHashMap<>();

    static {
        EXERCISES.put("label-posts-basics", page -> {
            page.locator("[id^='label-post']").first().click();
            pickerOptions(page).nth(1).click();
        });
        EXERCISES.put("find-coordinated-accounts", page -> page.locator("[id^='choose-']").first().click());
        EXERCISES.put("attribute-accounts-to-operators", page -> {
            page.locator("[id^='group-of-']").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("New group")).click();
            assertThat(page.locator("#attribution-group-1")).isVisible(SLOW);
            page.locator("[id^='group-of-']").nth(1).click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Group 1")).click();
            assertThat(page.locator("#attribution-group-1")).containsText("(2 accounts)");
        });
        EXERCISES.put("mark-exposed-personal-data", page -> {
            page.locator("#span-from input").fill("1");
            page.locator("#span-to input").fill("4");
            page.locator("#add-mark").click();
            assertThat(page.locator("#mark-list vaadin-grid-cell-content").first()).isVisible(SLOW);
        });
        EXERCISES.put("match-spyware-indicators", page -> {
            startAttempt(page);
            page.locator("[id^='indicator-line-']").first().click();
            pickerOptions(page).nth(1).click();
        });
        EXERCISES.put("reconstruct-harassment-timeline", page -> page.locator("#timeline-confirm").click());
        EXERCISES.put("geolocate-the-photos", page -> {
            startAttempt(page);
            // every question answered: a timed attempt then asks one question before it is submitted
            Locator latitudes = page.locator("[id^='latitude-'] input");
            Locator longitudes = page.locator("[id^='longitude-'] input");
            for (int i = 0; i < latitudes.count(); i++) {
                latitudes.nth(i).fill("-42.1");
                longitudes.nth(i).fill("-25.1");
            }
            Locator values = page.locator("[id^='value-'] input");
            for (int i = 0; i < values.count(); i++) {
                values.nth(i).fill("2");
            }
        });
        EXERCISES.put("tag-smear-campaign-disarm", page -> {
            page.locator("#technique-picker input").click();
            pickerOptions(page).first().click();
            assertThat(page.locator("[id^='untag-']").first()).isVisible(SLOW);
        });
        EXERCISES.put("tnr-forms-quiz", page -> page.locator("[id^='question-'] vaadin-radio-button").first().click());
        EXERCISES.put("read-a-stix-indicator", page -> page.locator("[id^='blank-'] input").first().fill("domain-name"));
        EXERCISES.put("write-a-case-assessment", page -> {
            startAttempt(page);
            page.locator("#written-text textarea").fill("The account posts the journalist's home address on a "
                    + "schedule that matches her travel: a doxing campaign, coordinated with two other accounts.");
        });
    }

    @Test
    @Order(1)
    void everyLearnerPageFitsAPhoneWithSignOutAndLanguageBehindTheMenuButton() {
        try (BrowserContext context = phone()) {
            Page page = chromium.signIn(context, "analyst");
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Course catalogue"))).isVisible(SLOW);

            // the header: the bell stays, the account part waits behind a named menu button
            Locator toggle = page.locator("#header-account-toggle");
            assertThat(toggle).hasAttribute("aria-label", "Account, language and sign-out");
            assertThat(page.locator("#sign-out")).isHidden();
            assertWithinScreen(page, page.locator("#notifications-bell"));
            assertWithinScreen(page, page.locator("#navigation-toggle"));
            look(page, "01-catalogue");
            toggle.click();
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            assertWithinScreen(page, page.locator("#sign-out"));
            assertWithinScreen(page, page.locator("#language-switch"));
            assertWithinScreen(page, page.locator("#change-password"));
            look(page, "02-header-menu-open");
            // the navigation drawer opens over the page
            page.locator("#navigation-toggle").click();
            assertWithinScreen(page, page.locator("#main-nav"));
            look(page, "03-navigation-open");
            page.keyboard().press("Escape");

            page.navigate(chromium.url(""));
            assertThat(page.locator("a[id^='course-']").first()).isVisible(SLOW);
            look(page, "04-home");
            page.locator("a[id^='course-']").first().click();
            assertThat(page.locator("a[id^='lesson-']").first()).isVisible(SLOW);
            String course = page.url();
            look(page, "05-course-outline");
            page.locator("a[id^='lesson-']").first().click();
            assertThat(page.locator("#lesson-body")).isVisible(SLOW);
            look(page, "06-lesson");

            int n = 7;
            for (var exercise : EXERCISES.entrySet()) {
                page.navigate(course);
                page.locator("#exercise-" + exercise.getKey()).click();
                assertThat(page.locator("#submit-answer")).isVisible(SLOW);
                String name = String.format("%02d-%s", n++, exercise.getKey());
                exercise.getValue().accept(page);
                look(page, name + "-working");
                submit(page);
                assertThat(page.locator("#feedback")).isVisible(SLOW);
                page.locator("#feedback").scrollIntoViewIfNeeded();
                look(page, name + "-feedback");
            }

            page.navigate(chromium.url("progress"));
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Scored")).first())
                    .isVisible(SLOW);
            look(page, n++ + "-my-progress");
            page.navigate(chromium.url("notifications"));
            assertThat(page.locator("h2").first()).isVisible(SLOW);
            look(page, n++ + "-notifications");
            page.navigate(chromium.url("account/password"));
            assertThat(page.locator("h2").first()).isVisible(SLOW);
            look(page, n++ + "-change-password");
            page.navigate(chromium.url("verify/no-such-certificate"));
            assertThat(page.locator("h1, h2").first()).isVisible(SLOW);
            look(page, n + "-verify-certificate");
        }
    }

    @Test
    @Order(1)
    void theSignInPageFitsAPhoneInTheLongestLanguageWithARefusalShown() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            // German: the longest words of the five languages; the choice stays for the session
            page.navigate(chromium.url("login?lang=de"));
            assertWithinScreen(page, page.locator("input[name='username']"));
            assertWithinScreen(page, page.locator("input[name='password']"));
            assertWithinScreen(page, page.locator("#sign-in"));
            look(page, "00-sign-in");
            page.navigate(chromium.url("login?error"));
            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page.locator("#sign-in-error")).isVisible(SLOW);
            look(page, "00-sign-in-refused");
            page.locator("#language-apply").scrollIntoViewIfNeeded();
            assertWithinScreen(page, page.locator("#language-switch"));
            assertWithinScreen(page, page.locator("#language-apply"));
        }
    }

    @Test
    @Order(2)
    void indicatorHashesWrapWholeOnAPhoneAndOnALaptop() {
        for (int width : List.of(PHONE_WIDTH, 1400)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, PHONE_HEIGHT))) {
                Page page = chromium.signIn(context, "analyst");
                page.locator("a[id^='course-']").first().click();
                page.locator("#exercise-match-spyware-indicators").click();
                Locator hashes = page.locator("#log-grid .academy-evidence", new Page.LocatorOptions()
                        .setHasText("sha256="));
                assertThat(hashes.first()).isVisible(SLOW);
                look(page, "hashes-" + width);
                // every rendered line with a hash shows all of it: nothing clipped, no ellipsis
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> cut = (List<Map<String, Object>>) page.evaluate("""
                        () => [...document.querySelectorAll('#log-grid .academy-evidence')]
                          .filter(e => e.textContent.includes('sha256='))
                          .flatMap(e => [e, e.closest('vaadin-grid-cell-content')])
                          .filter(e => e.scrollWidth > e.clientWidth + 1
                                    || getComputedStyle(e).textOverflow === 'ellipsis'
                                       && e.scrollWidth > e.clientWidth)
                          .map(e => ({text: e.textContent, scroll: e.scrollWidth, client: e.clientWidth}))""");
                assertThat(cut).as("hash lines cut at %d px", width).isEmpty();
                assertThat(hashes.count()).isGreaterThan(0);
            }
        }
    }

    @Test
    @Order(3)
    void gradebookExerciseHeadersAreReadWholeWithATooltip() {
        for (int width : List.of(PHONE_WIDTH, 1400)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, PHONE_HEIGHT))) {
                Page page = chromium.signIn(context, "manager");
                Locator headers = page.locator("#gradebook .academy-wrapped-header");
                assertThat(headers.first()).isVisible(SLOW);
                look(page, "gradebook-" + width);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> cut = (List<Map<String, Object>>) page.evaluate("""
                        () => [...document.querySelectorAll('#gradebook .academy-wrapped-header')]
                          .flatMap(e => [e, e.closest('vaadin-grid-cell-content')])
                          .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
                          .map(e => ({text: e.textContent, scroll: e.scrollWidth, client: e.clientWidth}))""");
                assertThat(cut).as("gradebook headers cut at %d px", width).isEmpty();
                assertThat(headers.first().getAttribute("title")).isEqualTo(headers.first().textContent());
            }
        }
    }

    @Test
    @Order(4)
    void aChosenIndicatorAndTheMarksListAreReadWholeAndTheGazetteerScrollsInItsOwnRegion() {
        for (int width : List.of(PHONE_WIDTH, 1400)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, PHONE_HEIGHT))) {
                Page page = chromium.signIn(context, "analyst");
                // leaving a workspace whose draft is still being saved asks first: this test moves on
                page.onDialog(dialog -> dialog.accept());
                page.locator("a[id^='course-']").first().click();
                assertThat(page.locator("#exercise-match-spyware-indicators")).isVisible(SLOW);
                String course = page.url();

                // the longest indicator (a whole SHA-256 pattern) chosen in a line's picker shows all of it
                page.locator("#exercise-match-spyware-indicators").click();
                Locator picker = page.locator("[id^='indicator-line-']").first();
                Locator start = page.locator("#start-attempt");
                assertThat(start.or(picker).first()).isVisible(SLOW);
                if (start.isVisible()) {
                    startAttempt(page);
                }
                picker.click();
                Locator options = pickerOptions(page);
                assertThat(options.first()).isVisible(SLOW);
                int longest = 0;
                for (int i = 1; i < options.count(); i++) {
                    if (options.nth(i).textContent().length() > options.nth(longest).textContent().length()) {
                        longest = i;
                    }
                }
                String whole = options.nth(longest).textContent().strip();
                options.nth(longest).click();
                Locator value = picker.locator("vaadin-select-value-button");
                assertThat(value).containsText(whole);
                look(page, "picker-value-" + width);
                assertThat(clipped(page, "[id^='indicator-line-'] vaadin-select-value-button, "
                        + "[id^='indicator-line-'] vaadin-select-value-button vaadin-select-item"))
                        .as("picker values cut at %d px", width).isEmpty();

                // the marks list of the spans workspace: post, category and marked text whole
                page.navigate(course);
                page.locator("#exercise-mark-exposed-personal-data").click();
                page.locator("#span-from input").fill("1");
                page.locator("#span-to input").fill("40");
                page.locator("#add-mark").click();
                assertThat(page.locator("#mark-list vaadin-grid-cell-content").first()).isVisible(SLOW);
                look(page, "marks-list-" + width);
                assertThat(clipped(page, "#mark-list vaadin-grid-cell-content"))
                        .as("marks list cut at %d px", width).isEmpty();

                // the gazetteer of the geolocation exercise: a named region a keyboard reaches and scrolls
                page.navigate(course);
                page.locator("#exercise-geolocate-the-photos").click();
                Locator region = page.locator("#instructions .academy-table-scroll");
                assertThat(region).isVisible(SLOW);
                assertThat(region).hasAttribute("role", "region");
                assertThat(region).hasAttribute("tabindex", "0");
                assertThat(region).hasAttribute("aria-label", "Table 1 of 1; scroll it sideways with the arrow keys");
                assertThat(region.locator("table")).containsText("Saint-Ondrelle belfry");
                look(page, "gazetteer-" + width);
            }
        }
    }

    /** The elements matching the selector whose text is cut: wider than their box, or ending in an ellipsis. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> clipped(Page page, String selector) {
        return (List<Map<String, Object>>) page.evaluate("""
                selector => [...document.querySelectorAll(selector)]
                  .filter(e => e.scrollWidth > e.clientWidth + 1
                            || getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth)
                  .map(e => ({text: e.textContent, scroll: e.scrollWidth, client: e.clientWidth}))""", selector);
    }

    @Test
    @Order(5)
    void everyWorkspaceAndFeedbackGridHoldsItsColumnsOnATabletAndALaptop() {
        // a learner of their own per width, so every exercise still has an attempt to give
        for (int width : List.of(1024, 1440)) {
            String learner = "grid-width-" + width;
            provisioning.ensure(learner, "Grid Width " + width, learner, java.util.EnumSet.of(Role.LEARNER));
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, PHONE_HEIGHT))) {
                Page page = chromium.signIn(context, learner);
                page.locator("a[id^='course-']").first().click();
                assertThat(page.locator("a[id^='lesson-']").first()).isVisible(SLOW);
                String course = page.url();
                for (var exercise : EXERCISES.entrySet()) {
                    page.navigate(course);
                    page.locator("#exercise-" + exercise.getKey()).click();
                    assertThat(page.locator("#submit-answer")).isVisible(SLOW);
                    exercise.getValue().accept(page);
                    assertGridsHoldTheirColumns(page, exercise.getKey() + " at " + width + " px, working");
                    look(page, "width-" + width + "-" + exercise.getKey() + "-working");
                    submit(page);
                    assertThat(page.locator("#feedback")).isVisible(SLOW);
                    assertGridsHoldTheirColumns(page, exercise.getKey() + " at " + width + " px, feedback");
                }
            }
        }
    }

    /**
     * No visible grid scrolls sideways: its columns fit the grid's width (a grid too narrow for
     * its full columns shows the stacked one), so a label picker or a checkbox in the last column
     * is never off to the right. Waits for the grids to settle (they switch a moment after the
     * browser reports their width), then names the ones still too wide.
     */
    static void assertGridsHoldTheirColumns(Page page, String where) {
        String tooWide = """
                () => [...document.querySelectorAll('vaadin-grid')]
                  .filter(g => g.offsetParent !== null && g.clientWidth > 0)
                  .map(g => ({grid: g.id, table: g.shadowRoot.querySelector('#table')}))
                  .filter(g => g.table.scrollWidth > g.table.clientWidth + %d)
                  .map(g => g.grid + ': columns ' + g.table.scrollWidth + ' px in ' + g.table.clientWidth + ' px')"""
                .formatted(TOLERANCE_PX);
        try {
            page.waitForFunction("(" + tooWide + ")().length === 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
        } catch (com.microsoft.playwright.TimeoutError stillTooWide) {
            assertThat((List<?>) page.evaluate(tooWide)).as("grids scrolling sideways in %s", where).isEmpty();
        }
    }

    /** Starts a timed attempt: the workspace takes answers once the clock shows. */
    private static void startAttempt(Page page) {
        page.locator("#start-attempt").click();
        assertThat(page.locator("#time-left")).isVisible(SLOW);
    }

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true));
    }

    /** Submits, confirming each question the page asks first (items left, a final attempt, a timed one). */
    private static void submit(Page page) {
        page.locator("#submit-answer").click();
        // the confirmation dialogs (items left; a final or timed attempt), found by their titles
        Locator confirm = page.getByLabel(Pattern.compile("^(Submit with unlabelled items\\?|Submit your answer now\\?)$"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit answer"));
        Locator done = page.locator("#attempts-info", new Page.LocatorOptions().setHasText("1 of"));
        for (int asked = 0; asked < 5; asked++) {
            awaitVisible(page, confirm.or(done).first());
            if (done.isVisible()) {
                return;
            }
            try {
                confirm.first().click(new Locator.ClickOptions().setTimeout(10_000));
            } catch (com.microsoft.playwright.TimeoutError closing) {
                // the dialog was closing as it was clicked (its click taken) or the next one replaced it: look again
            }
        }
        awaitVisible(page, done);
    }

    /** Waits for a step of submitting; when it never comes, the failure says what the page showed instead. */
    private static void awaitVisible(Page page, Locator step) {
        try {
            assertThat(step).isVisible(SLOW);
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("submit-failed.png")).setFullPage(true));
            Object shown = page.evaluate("""
                    () => [...document.querySelectorAll('vaadin-dialog-overlay, vaadin-confirm-dialog-overlay, \
                    vaadin-notification-card, #attempts-info, #submit-answer, [role=alert]')]
                      .map(e => e.localName + '#' + e.id + ': ' + (e.innerText || '').trim().slice(0, 200))""");
            throw new AssertionError("submitting stopped at " + page.url() + "; the page showed " + shown, e);
        }
    }

    /**
     * Asserts the page does not scroll sideways (the document, and the app layout's own scrolling
     * content), then takes a screenshot of the whole page: the viewport grown to the content's
     * height, since the layout scrolls inside itself.
     */
    static void look(Page page, String name) {
        Map<?, ?> size = (Map<?, ?>) page.evaluate("""
                () => {
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot.querySelector('[part=content]');
                  const navbar = layout && layout.shadowRoot.querySelector('[part~=navbar]');
                  const wide = [...document.querySelectorAll('vaadin-app-layout > :not([slot]) *, body > :not(vaadin-app-layout) *')]
                    .filter(e => e.getBoundingClientRect().right > innerWidth + 2 && e.getBoundingClientRect().width > 0
                              && !e.closest('vaadin-grid') && getComputedStyle(e).visibility !== 'hidden')
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                  return {
                    width: Math.max(document.documentElement.scrollWidth, content ? content.scrollWidth : 0),
                    height: content ? content.scrollHeight + navbar.offsetHeight : document.documentElement.scrollHeight,
                    wide: wide.join(', ')
                  };
                }""");
        int viewport = page.viewportSize().width;
        try {
            Files.createDirectories(SHOTS);
            int height = Math.min(((Number) size.get("height")).intValue(), 16_000);
            page.setViewportSize(viewport, Math.max(PHONE_HEIGHT, height));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
            page.setViewportSize(viewport, PHONE_HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(((Number) size.get("width")).intValue()).as("%s is wider than the screen: %s", name, size.get("wide"))
                .isLessThanOrEqualTo(viewport + TOLERANCE_PX);
    }

    /** Visible, and wholly inside the screen: reachable without scrolling sideways (waits for a drawer to slide in). */
    static void assertWithinScreen(Page page, Locator locator) {
        assertThat(locator).isVisible(SLOW);
        assertThat(locator).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1.0).setTimeout(60_000));
    }
}
