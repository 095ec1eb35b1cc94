package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.PackReader;

/**
 * An analyst marks personal data in the real spans workspace, in an Arabic post with a Latin
 * handle and digits, a Japanese post with a supplementary kanji and a post with decomposed accents
 * and emoji: a selection that starts or ends inside a character is widened to the whole character
 * (and shown widened in the browser), the from/to fields step one character as a reader sees it,
 * and every mark lands on whole grapheme clusters. The posts come from the test pack
 * {@code test-packs/spans-across-scripts} (invented data), imported by the test. Screenshots go to
 * target/screenshots (spans-*). Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.grading.async=true")
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class SpansAcrossScriptsBrowserTest extends ChromiumSuite {

    private static final String BROTHER = "مُحَمَّد";
    private static final String SISTER = "\uD842\uDFB7田美咲";

    /**
     * Selects UTF-16 offsets [from, to) of the post's text as a mouse would, then releases the
     * mouse over it; offsets may fall inside a character, which a hand on a touchpad can do too.
     */
    private static final String SELECT_AND_RELEASE = """
            ([from, to]) => {
              const post = document.getElementById('post-text');
              const walker = document.createTreeWalker(post, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              let seen = 0;
              let started = false;
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const length = node.data.length;
                if (!started && from <= seen + length) { range.setStart(node, from - seen); started = true; }
                if (started && to <= seen + length) { range.setEnd(node, to - seen); break; }
                seen += length;
              }
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              post.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            }
            """;

    @Autowired
    CourseImporter importer;

    @BeforeAll
    void importTheTestPack() {
        // two cores shared by many builds: the first Vaadin page can take longer than Playwright's default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        importer.importPack(new PackReader().read(new ClasspathPackSource("test-packs/spans-across-scripts/",
                getClass().getClassLoader())));
    }

    @Test
    @Order(1)
    void anAnalystMarksWholeCharactersInRightToLeftCjkAndEmojiPosts() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1400, 1000))) {
            Page page = chromium.signIn(context, "analyst");
            page.navigate(chromium.url("courses"));
            page.locator("#course-spans-across-scripts").click();
            page.locator("#exercise-mark-data-across-scripts").click();
            Locator post = page.locator("#post-text");
            assertThat(post).containsText("@laila_h_syn");

            // Arabic, right to left: from between the brother's first letter and its damma to the end of his name
            String arabic = textOf(post);
            int brother = arabic.indexOf(BROTHER);
            page.evaluate(SELECT_AND_RELEASE, List.of(brother + 1, brother + BROTHER.length()));
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «" + BROTHER + "»");
            // the browser shows the selection widened to the whole letter with its vowel mark
            assertThat((String) page.evaluate("() => window.getSelection().toString()")).isEqualTo(BROTHER);
            // the field counts characters as the browser's own segmenter does
            assertThat(page.locator("#span-from input")).hasValue(String.valueOf(clustersBefore(page, arabic, brother) + 1));
            HeadlessChromium.shot(page, "spans-01-arabic-selection-widened");
            choose(page, "Relative's name");
            page.locator("#add-mark").click();
            assertThat(post.locator("mark")).hasText(BROTHER);
            HeadlessChromium.shot(page, "spans-02-arabic-marked");

            // Japanese: from the second half of 𠮷 (a supplementary kanji, two UTF-16 units) to the end of the name
            // posts are listed by their place in the exercise (post-ja is the third), never by their ids
            postNumbered(page, 3).click();
            assertThat(post).containsText("港北クリニック");
            String japanese = textOf(post);
            int sister = japanese.indexOf(SISTER);
            page.evaluate(SELECT_AND_RELEASE, List.of(sister + 1, sister + SISTER.length()));
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «" + SISTER + "»");
            choose(page, "Relative's name");
            page.locator("#add-mark").click();
            assertThat(post.locator("mark")).hasText(SISTER);
            HeadlessChromium.shot(page, "spans-03-japanese-marked");

            // decomposed accents and emoji, by keyboard: "Café Lumière" is characters 25 to 36 as a reader
            // counts them (the technologist, seven UTF-16 units, is character 14)
            postNumbered(page, 5).click();
            assertThat(post).containsText("Saltmarrow");
            page.locator("#span-from input").fill("25");
            page.locator("#span-to input").fill("35");
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «Cafe\u0301 Lumie\u0300r»");
            // one step up is one character more, whatever its length in code units
            page.locator("#span-to input").press("ArrowUp");
            assertThat(page.locator("#span-to input")).hasValue("36");
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «Cafe\u0301 Lumie\u0300re»");
            choose(page, "Workplace");
            page.locator("#add-mark").click();
            assertThat(post.locator("mark")).hasText("Cafe\u0301 Lumie\u0300re");
            // a selection of the flag's second half takes the whole flag
            int flag = textOf(post).indexOf("\uD83C\uDDEB");
            page.evaluate(SELECT_AND_RELEASE, List.of(flag + 2, flag + 4));
            assertThat(page.locator("#span-preview")).hasText("Text to mark: «\uD83C\uDDEB\uD83C\uDDF7»");
            HeadlessChromium.shot(page, "spans-04-emoji-post-by-keyboard");

            // the marks make an answer the spans type accepts: it is graded
            page.locator("#submit-answer").click();
            assertThat(page.locator("#score")).isVisible();
            page.locator("#feedback").scrollIntoViewIfNeeded();
            HeadlessChromium.shot(page, "spans-05-graded");
        }
    }

    private static String textOf(Locator post) {
        return (String) post.evaluate("e => e.textContent");
    }

    /** The characters a reader sees before a UTF-16 offset, counted by Chromium's grapheme segmenter. */
    private static int clustersBefore(Page page, String text, int offset) {
        Object count = page.evaluate("([text, offset]) => [...new Intl.Segmenter('en', {granularity: 'grapheme'})"
                + ".segment(text.slice(0, offset))].length", List.of(text, offset));
        return ((Number) count).intValue();
    }

    private static void choose(Page page, String category) {
        page.locator("#span-category").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(category)).click();
    }

    private static Locator postNumbered(Page page, int place) {
        return page.locator("#post-list vaadin-grid-cell-content")
                .getByText(String.valueOf(place), new Locator.GetByTextOptions().setExact(true)).first();
    }
}
