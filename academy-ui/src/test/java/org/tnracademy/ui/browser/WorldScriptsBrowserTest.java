package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * Posts in Chinese, Russian, Persian, Arabic and Turkish, shown as what they are in every
 * workspace: each text carries its {@code lang} and {@code dir="auto"}, so Arabic and Persian read
 * right to left inside the English page while Chinese stays left to right, and nothing runs off a
 * 360 px phone. The starter pack's {@code label-multilingual-posts} is labelled and submitted (at a
 * laptop's width and a phone's); in the test pack {@code test-packs/world-scripts}, spans are
 * marked in a Persian and a Chinese post (by mouse and by keyboard, one across a character outside
 * the Basic Multilingual Plane) and graded right, and a timeline told in four scripts is shown.
 * axe-core stays clean on each page. Screenshots: target/screenshots/world-scripts-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.grading.async=true")
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class WorldScriptsBrowserTest extends ChromiumSuite {

    private static final String LEARNER = "analyst";
    private static final int PHONE_WIDTH = 360;
    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);

    /** Selects UTF-16 offsets [from, to) of the post's text as a mouse would, then releases the mouse over it. */
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

    /** Each shown dataset text: its language, its direction attribute and the direction the browser resolved. */
    private static final String TEXTS = """
            selector => [...document.querySelectorAll(selector)]
              .filter(e => e.offsetParent !== null)
              .map(e => ({text: e.textContent, lang: e.getAttribute('lang'), dir: e.getAttribute('dir'),
                          direction: getComputedStyle(e).direction}))""";

    /** Elements wider than their box, and whether the page itself scrolls sideways. */
    private static final String OVERFLOW = """
            () => ({page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
                    cut: [...document.querySelectorAll('.academy-post-text')]
                      .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
                      .map(e => e.textContent)})""";

    /** Whether an element's first character is drawn left of its last: a number read left to right. */
    private static final String READS_LEFT_TO_RIGHT = """
            e => {
              // the text node itself (a template may put comment markers around it)
              const node = document.createTreeWalker(e, NodeFilter.SHOW_TEXT).nextNode(), range = document.createRange();
              range.setStart(node, 0); range.setEnd(node, 1);
              const first = range.getBoundingClientRect();
              range.setStart(node, node.data.length - 1); range.setEnd(node, node.data.length);
              const last = range.getBoundingClientRect();
              return first.top === last.top ? first.left < last.left : true;
            }""";

    /** The academy's web fonts the page has loaded (or is loading), by family. */
    private static final String ACADEMY_FONTS = """
            () => [...document.fonts].filter(f => f.family.includes('Academy') && f.status !== 'unloaded')
              .map(f => f.family)""";

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    AnswerDrafts drafts;

    private final AxeAudit audit = new AxeAudit("world-scripts");

    @BeforeAll
    void importTheTestPack() {
        importer.importPack(new PackReader().read(new ClasspathPackSource("test-packs/world-scripts/",
                getClass().getClassLoader())));
    }

    @Test
    @Order(1)
    void anAnalystLabelsPostsInFiveScriptsOnALaptopAndOnAPhone() {
        long id = exerciseId("label-multilingual-posts");
        Map<String, String> key = expectedLabels(id);
        List<String> labelOrder = List.of("doxing", "sexualized-smear", "threat-to-family", "harassment", "benign");
        for (int width : List.of(1400, PHONE_WIDTH)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, 1000))) {
                Page page = chromium.signIn(context, LEARNER);
                // a Latin-only page fetches none of the web fonts for other scripts
                AxeAudit.settle(page);
                assertThat(page.evaluate(ACADEMY_FONTS)).as("web fonts loaded on the catalogue").isEqualTo(List.of());
                // every label but the first post's from a saved draft; that one from the keyboard
                Map<String, String> draft = new LinkedHashMap<>(key);
                String first = draft.remove("ml-01");
                ActingAs.learner(LEARNER, () -> drafts.save(id, Map.of("labels", draft)));
                page.navigate(chromium.url("exercises/" + id));
                Locator grid = page.locator("#dataset-grid");
                assertThat(grid.locator(".academy-post-text").first()).isVisible(SLOW);
                AxeAudit.settle(page);
                Locator start = page.locator("#start-attempt");
                if (start.isVisible()) {
                    start.click();
                }
                assertThat(page.locator("#labelled-count")).hasText("24 of 25 items labelled");

                List<Map<String, Object>> texts = texts(page, "#dataset-grid .academy-post-text");
                assertThat(texts).as("post texts shown").isNotEmpty();
                assertThat(texts).allSatisfy(t -> {
                    assertThat(t.get("lang")).isIn("zh", "ru", "fa", "ar", "tr");
                    // Arabic and Persian right to left (even a post that opens with a Latin handle), the others
                    // left to right, in an English page
                    String direction = List.of("ar", "fa").contains(t.get("lang")) ? "rtl" : "ltr";
                    assertThat(t.get("dir")).as((String) t.get("text")).isEqualTo(direction);
                    assertThat(t.get("direction")).as((String) t.get("text")).isEqualTo(direction);
                });
                assertThat(texts).extracting(t -> t.get("lang")).contains("ar", "zh");
                // the phone number and handle of the first (Arabic) post read left to right inside it
                Locator phone = grid.locator(".academy-post-text[lang='ar'] bdi[dir='ltr']",
                        new Locator.LocatorOptions().setHasText("+00 555 01")).first();
                assertThat(phone).isVisible();
                assertThat(phone.evaluate(READS_LEFT_TO_RIGHT)).as("a phone number in Arabic text").isEqualTo(true);
                // and on one line: split over two lines of a right-to-left cell it would read as two numbers
                assertThat(phone.evaluate("e => e.getClientRects().length")).as("lines of the phone number").isEqualTo(1);
                // Arabic script and Chinese drawn with the academy's own fonts, whatever the machine has
                page.waitForFunction("fonts => fonts.every(f => [...document.fonts].some(face => face.family"
                        + ".replaceAll('\"', '') === f && face.status === 'loaded'))",
                        List.of("Academy Noto Sans Arabic", "Academy Noto Sans SC"),
                        new Page.WaitForFunctionOptions().setTimeout(60_000));
                noOverflow(page, width);

                // the first post: its row chosen (on a phone by its stacked details), then the digit of its label
                Locator firstRow = width == PHONE_WIDTH
                        ? grid.locator(".academy-stacked-details", new Locator.LocatorOptions()
                                .setHasText(java.util.regex.Pattern.compile("^#1 ·"))).first()
                        : HeadlessChromium.authorCells(grid).first();
                firstRow.click();
                page.keyboard().press(String.valueOf(labelOrder.indexOf(first) + 1));
                assertThat(page.locator("#labelled-count")).hasText("25 of 25 items labelled");
                HeadlessChromium.shot(page, "world-scripts-01-labelling-" + width);
                audit.check(page, "label-multilingual-posts, working, " + width + " px");

                page.locator("#submit-answer").click();
                // the laptop's is the first attempt, the phone's the second
                assertThat(page.locator("#attempts-info")).hasText("Attempts used: " + (width == PHONE_WIDTH ? 2 : 1)
                        + " of 3");
                assertThat(page.locator("#score")).hasText("100%");
                assertThat(page.locator("#item-feedback")).containsText("Working translation");
                page.locator("#feedback").scrollIntoViewIfNeeded();
                AxeAudit.settle(page);
                noOverflow(page, width);
                HeadlessChromium.shot(page, "world-scripts-02-labelling-feedback-" + width);
                audit.check(page, "label-multilingual-posts, feedback, " + width + " px");
            }
        }
        assertAxeClean();
    }

    @Test
    @Order(2)
    void spansMarkedInPersianAndChineseAreGradedRight() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, LEARNER);
            page.navigate(chromium.url("courses"));
            page.locator("#course-world-scripts").click();
            page.locator("#exercise-mark-data-persian-chinese").click();
            Locator post = page.locator("#post-text");
            assertThat(post).containsText("+00 555 0163", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(post).hasAttribute("dir", "auto");
            assertThat(post).hasCSS("direction", "rtl");

            // Persian, by mouse: the street and house number (Persian digits), then the phone number inside RTL text
            String persian = textOf(post);
            markByMouse(page, persian, "خیابان نسترن، پلاک ۲۷", "Home address");
            markByMouse(page, persian, "+00 555 0163", "Private phone number");
            assertThat(post.locator("mark")).hasCount(2);
            // the marked number reads left to right inside the Persian sentence
            assertThat(post.locator("mark bdi[dir='ltr']").last().evaluate(READS_LEFT_TO_RIGHT)).isEqualTo(true);
            HeadlessChromium.shot(page, "world-scripts-03-spans-persian");

            // Chinese, by keyboard: past 她的表妹, then Shift and three arrows over 𠮷晓禾 (four UTF-16 units), key 3
            page.locator("#next-post").click();
            assertThat(post).containsText("塔伦");
            assertThat(post).hasCSS("direction", "ltr");
            post.focus();
            page.keyboard().press("Home");
            for (int i = 0; i < 4; i++) {
                page.keyboard().press("ArrowRight");
            }
            for (int i = 0; i < 3; i++) {
                page.keyboard().press("Shift+ArrowRight");
            }
            page.keyboard().press("3");
            assertThat(post.locator("mark")).hasText("\uD842\uDFB7晓禾");
            markByMouse(page, textOf(post), "+00 555 0169", "Private phone number");
            assertThat(post.locator("mark")).hasCount(2);
            HeadlessChromium.shot(page, "world-scripts-04-spans-chinese");
            AxeAudit.settle(page);
            audit.check(page, "mark-data-persian-chinese, working");

            // the key counts the same units: every mark matches
            page.locator("#submit-answer").click();
            assertThat(page.locator("#score")).hasText("100%");
            page.locator("#feedback").scrollIntoViewIfNeeded();
            AxeAudit.settle(page);
            HeadlessChromium.shot(page, "world-scripts-05-spans-graded");
            audit.check(page, "mark-data-persian-chinese, feedback");
        }
        assertAxeClean();
    }

    @Test
    @Order(3)
    void aTimelineInFourScriptsReadsEachInItsDirectionOnALaptopAndOnAPhone() {
        for (int width : List.of(1400, PHONE_WIDTH)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, 1000))) {
                Page page = chromium.signIn(context, LEARNER);
                page.navigate(chromium.url("courses"));
                page.locator("#course-world-scripts").click();
                page.locator("#exercise-order-events-mixed-scripts").click();
                Locator events = page.locator("#timeline-grid .academy-post-text");
                assertThat(events.first()).isVisible(SLOW);
                AxeAudit.settle(page);
                List<Map<String, Object>> texts = texts(page, "#timeline-grid .academy-post-text");
                assertThat(texts).hasSize(4).allSatisfy(t -> assertThat(t.get("dir")).isEqualTo("auto"));
                assertThat(texts).filteredOn(t -> ((String) t.get("text")).startsWith("رسالة"))
                        .singleElement().satisfies(t -> assertThat(t.get("direction")).isEqualTo("rtl"));
                assertThat(texts).filteredOn(t -> ((String) t.get("text")).startsWith("论坛"))
                        .singleElement().satisfies(t -> assertThat(t.get("direction")).isEqualTo("ltr"));
                noOverflow(page, width);
                HeadlessChromium.shot(page, "world-scripts-06-timeline-" + width);
                audit.check(page, "order-events-mixed-scripts, working, " + width + " px");
            }
        }
        assertAxeClean();
    }

    private long exerciseId(String slug) {
        return ActingAs.learner(LEARNER, () -> catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().id());
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> expectedLabels(long id) {
        Map<String, Object> tree = ActingAs.user("instructor", Role.INSTRUCTOR,
                () -> keys.material(id).orElseThrow().keyTree());
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object item : (List<Object>) tree.get("items")) {
            Map<String, Object> e = (Map<String, Object>) item;
            labels.put((String) e.get("item"), (String) e.get("label"));
        }
        return labels;
    }

    private void markByMouse(Page page, String text, String piece, String category) {
        int at = text.indexOf(piece);
        assertThat(at).as(piece).isNotNegative();
        page.evaluate(SELECT_AND_RELEASE, List.of(at, at + piece.length()));
        assertThat(page.locator("#span-preview")).hasText("Text to mark: «" + piece + "»");
        page.locator("#span-category").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(category)).click();
        page.locator("#add-mark").click();
        assertThat(page.locator("#post-text mark", new Page.LocatorOptions().setHasText(piece))).isVisible();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> texts(Page page, String selector) {
        return (List<Map<String, Object>>) page.evaluate(TEXTS, selector);
    }

    @SuppressWarnings("unchecked")
    private static void noOverflow(Page page, int width) {
        // a text may overflow for a moment while a script's web font is still loading and the grid
        // measures its rows again; what counts is the page once that has settled (10 s at most)
        try {
            page.waitForFunction("() => document.fonts.status === 'loaded' && (" + OVERFLOW + ")().cut.length === 0",
                    null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (TimeoutError stillCut) {
            // reported below, with the texts that stay cut
        }
        Map<String, Object> overflow = (Map<String, Object>) page.evaluate(OVERFLOW);
        assertThat(overflow.get("page")).as("the page scrolls sideways at %d px", width).isEqualTo(false);
        assertThat((List<String>) overflow.get("cut")).as("texts cut at %d px", width).isEmpty();
    }

    private static String textOf(Locator post) {
        return (String) post.evaluate("e => e.textContent");
    }

    private void assertAxeClean() {
        String report = audit.report();
        assertThat(audit.findings()).as(() -> "axe-core violations:\n" + report).isEmpty();
    }
}
