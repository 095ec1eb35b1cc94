package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An instructor creates an item-labelling exercise in the browser: a draft in the first module of
 * the starter course over an existing dataset, its key labelled in the learner's workspace, tried
 * in the draft preview with a test-grade, then published; an analyst then opens it and submits.
 * Screenshots go to target/screenshots (xdraft-*). Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.grading.async=true")
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class ExerciseDraftBrowserTest extends ChromiumSuite {

    /** A new id on every run, should the database outlive one. */
    private static final String SLUG = "label-threats-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36);
    private static final String LESSON = "reading-threats-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36);


    @Test
    @Order(1)
    void anInstructorCreatesKeysTestGradesAndPublishesANewLabellingExercise() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1400, 1000))) {
            Page page = chromium.signIn(context, "instructor");
            page.locator("#edit-course-tnr-foundations").click();

            // a new lesson in the first module, its Markdown previewed as learners will read it
            page.locator("#module-new-lesson-foundations").click();
            page.locator("#new-lesson-id input").fill(LESSON);
            page.locator("#new-lesson-minutes input").fill("6");
            page.locator("#new-lesson-title-en input").fill("Reading threats against families");
            page.locator("#new-lesson-title-fr input").fill("Lire les menaces contre les proches");
            page.locator("#new-lesson-text-en textarea").fill("""
                    # Reading threats against families

                    A post that **names a relative** and where they live is a threat, even when it is polite.
                    """);
            page.locator("#new-lesson-text-fr textarea").fill("""
                    # Lire les menaces contre les proches

                    Une publication qui **nomme un proche** et son lieu de vie est une menace, même polie.
                    """);
            assertThat(page.locator("#new-lesson-preview-en strong")).hasText("names a relative");
            HeadlessChromium.shot(page, "xdraft-00-new-lesson");
            page.locator("#save-new-lesson").click();
            assertThat(page.locator("#module-items-foundations")).containsText("Reading threats against families");

            page.locator("#new-exercise").click();
            Locator dialog = page.locator("vaadin-dialog-overlay");
            page.locator("#new-exercise-type").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Item labelling")).click();
            page.locator("#new-exercise-slug input").fill(SLUG);
            HeadlessChromium.shot(page, "xdraft-01-new-exercise");
            page.locator("#new-exercise-create").click();

            // the editor of the new draft says what is missing
            assertThat(page.locator("#exercise-problems")).containsText("title.en");
            page.locator("#exercise-title-en input").fill("Label the threats");
            page.locator("#exercise-title-fr input").fill("Étiqueter les menaces");
            page.locator("#exercise-instructions-en textarea").fill("Give each post the label that fits it best.");
            // the labels in the type's form: add an entry, fill its fields
            Locator specForm = page.locator("#exercise-spec-form");
            String[][] labels = {{"threat", "Threat", "Menace"}, {"other", "Other", "Autre"}};
            for (int n = 0; n < labels.length; n++) {
                String[] label = labels[n];
                specForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to Labels")).click();
                // the new entry's fields come back from the server: wait for them before typing
                assertThat(specForm.getByLabel("Label id", new Locator.GetByLabelOptions().setExact(true)))
                        .hasCount(n + 1);
                specForm.getByLabel("Label id", new Locator.GetByLabelOptions().setExact(true)).last().fill(label[0]);
                specForm.getByLabel("Label shown to learners (English)", new Locator.GetByLabelOptions().setExact(true))
                        .last().fill(label[1]);
                // the translations are folded under the English text: open them to write the French
                specForm.locator("vaadin-details-summary", new Locator.LocatorOptions()
                        .setHasText("Translations of “Label shown to learners”")).last().click();
                Locator french = specForm.getByLabel("Label shown to learners (French)",
                        new Locator.GetByLabelOptions().setExact(true)).last();
                assertThat(french).isVisible();
                french.fill(label[2]);
            }
            page.locator("#exercise-dataset").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(
                    Pattern.compile("posts-basics"))).click();
            page.locator("#exercise-save").click();
            assertThat(page.locator("#exercise-draft-status")).containsText("New exercise, draft revision 2");
            assertThat(page.locator("#exercise-problems")).containsText("key");
            HeadlessChromium.shot(page, "xdraft-02-editor-with-problems");

            // label the key as a learner labels: select a row, press a digit, move down
            page.locator("#exercise-label-key").click();
            Locator grid = page.locator("#dataset-grid");
            assertThat(grid).isVisible();
            HeadlessChromium.authorCells(grid).first().click();
            for (int row = 0; row < 40; row++) {
                page.keyboard().press(row % 4 == 0 ? "1" : "2");
                page.keyboard().press("ArrowDown");
                page.keyboard().press("Space");
            }
            assertThat(page.locator("#labelled-count")).containsText("40 of 40");
            HeadlessChromium.shot(page, "xdraft-03-key-in-workspace");
            page.locator("#key-labelling-take").click();
            Locator explanations = page.locator("[id^='key-explanation-'][id$='-en'] input");
            assertThat(explanations).hasCount(40);
            for (int i = 0; i < 40; i++) {
                explanations.nth(i).fill("Why post " + (i + 1) + " has this label.");
            }
            HeadlessChromium.shot(page, "xdraft-04-key-explanations");
            page.locator("#key-labelling-apply").click();
            assertThat(dialog).hasCount(0);
            page.locator("#exercise-save").click();
            assertThat(page.locator("#exercise-draft-status")).containsText("draft revision 3");
            assertThat(page.locator("#exercise-problems-heading")).isHidden();
            HeadlessChromium.shot(page, "xdraft-05-editor-valid");

            // preview and test-grade the draft: the learner's workspace, nothing recorded
            page.locator("#exercise-preview-link").click();
            Locator previewGrid = page.locator("#dataset-grid");
            assertThat(previewGrid).isVisible();
            for (int row = 0; row < 3; row++) {
                HeadlessChromium.authorCells(previewGrid).nth(row).click();
                page.keyboard().press("1");
            }
            page.locator("#draft-preview-grade").click();
            assertThat(page.locator("#draft-preview-score")).containsText("with the draft’s key");
            page.locator("#draft-preview-feedback").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "xdraft-06-preview-test-grade");

            page.locator("#draft-preview-back").click();
            page.getByText("Back to the course").click();
            assertThat(page.locator("#exercise-drafts-grid")).containsText(SLUG);
            page.locator("#publish-course-draft").click();
            page.getByLabel("Publish the course?").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Publish course")).click();
            assertThat(page.locator("#exercise-drafts-none")).isVisible();
            HeadlessChromium.shot(page, "xdraft-07-published");
        }
    }

    @Test
    @Order(2)
    void anAnalystOpensThePublishedExerciseAndSubmits() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1400, 1000))) {
            Page page = chromium.signIn(context, "analyst");
            page.locator("a[id^='course-']").first().click();
            page.locator("#lesson-" + LESSON).click();
            assertThat(page.locator("#lesson-body strong")).hasText("names a relative");
            HeadlessChromium.shot(page, "xdraft-08-analyst-reads-the-new-lesson");
            page.goBack();
            page.locator("#exercise-" + SLUG).click();
            Locator grid = page.locator("#dataset-grid");
            assertThat(grid).isVisible();
            for (int row = 0; row < 2; row++) {
                HeadlessChromium.authorCells(grid).nth(row).click();
                page.keyboard().press("1");
            }
            assertThat(page.locator("#labelled-count")).containsText("2 of 40");
            page.locator("#submit-answer").click();
            page.getByLabel("Submit with unlabelled items?")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit answer")).click();
            assertThat(page.locator("#score")).isVisible();
            HeadlessChromium.shot(page, "xdraft-08-analyst-submitted");
        }
    }




}
