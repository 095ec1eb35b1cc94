package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.ui.i18n.AcademyI18NProvider;

/**
 * A new analyst whose browser speaks German, Italian or Japanese follows the learner's path in that
 * language: sign-in, catalogue, course, a lesson read, a quiz answered with its feedback, My progress.
 * Every page is in the language (the page's {@code lang}, the bundle's texts, the lesson and the
 * quiz in translation) and shows no missing-text marker. Screenshots go to
 * target/language-screenshots, one folder per language.
 * <p>
 * Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class LearnerPathInEveryLanguageBrowserTest extends ChromiumSuite {

    private static final Path SHOTS = Path.of("target", "language-screenshots");
    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
    /** What the provider shows for a key a bundle lacks: "!nav.catalog". */
    private static final Pattern MISSING_TEXT = Pattern.compile("![a-z][a-z0-9-]*\\.[a-z0-9.-]+");

    private static final LocatorAssertions.ContainsTextOptions SLOW_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    /** The heading of the lessons' last section in each translation. */
    private static final Map<String, String> FURTHER_READING = Map.of(
            "de", "Weiterführende Literatur", "it", "Letture di approfondimento", "ja", "参考文献");

    @Autowired
    AccountProvisioning provisioning;

    private final AcademyI18NProvider texts = new AcademyI18NProvider();

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "it-IT", "ja-JP"})
    @Order(1)
    void aNewAnalystFollowsTheCourseInTheirBrowsersLanguage(String browserLanguage) {
        Locale language = Locale.forLanguageTag(browserLanguage);
        String code = language.getLanguage();
        // a new account: no language stored yet, so the browser's language is the interface's
        String user = "learner-" + code + "-path";
        provisioning.ensure(user, "Synthetic Learner " + code.toUpperCase(Locale.ROOT), user, EnumSet.of(Role.LEARNER));
        try (BrowserContext context = chromium.newContext(browserLanguage)) {
            Page page = context.newPage();
            page.navigate(chromium.url("login"));
            assertThat(page.locator("html")).hasAttribute("lang", code);
            look(page, code, "01-sign-in");
            page.locator("input[name='username']").fill(user);
            page.locator("input[name='password']").fill(user);
            page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
            page.waitForURL(u -> !u.contains("/login"));
            assertThat(page.locator("#signed-in-user")).hasText(user);
            assertThat(page.locator("html")).hasAttribute("lang", code);
            assertThat(page.locator("#language-switch")).hasValue(language.getLanguage());
            assertThat(page.locator("#main-nav")).containsText(text("nav.catalog", language), SLOW_TEXT);
            inLanguage(page, code, "02-catalogue");

            page.locator("a[id^='course-']").first().click();
            assertThat(page.locator("a[id^='lesson-']").first()).isVisible(SLOW);
            String course = page.url();
            inLanguage(page, code, "03-course");

            page.locator("#lesson-what-is-digital-tnr").click();
            assertThat(page.locator("#lesson-body")).isVisible(SLOW);
            assertThat(page.locator("#lesson-body")).containsText(FURTHER_READING.get(code));
            inLanguage(page, code, "04-lesson");

            page.navigate(course);
            page.locator("#exercise-tnr-forms-quiz").click();
            assertThat(page.locator("#submit-answer")).isVisible(SLOW);
            assertThat(page.locator("#submit-answer")).containsText(text("exercise.submit", language));
            Locator questions = page.locator("[id^='question-']");
            for (int i = 0; i < questions.count(); i++) {
                questions.nth(i).locator("vaadin-radio-button, vaadin-checkbox").first().click();
            }
            inLanguage(page, code, "05-quiz");
            page.locator("#submit-answer").click();
            assertThat(page.locator("#feedback")).isVisible(SLOW);
            page.locator("#feedback").scrollIntoViewIfNeeded();
            inLanguage(page, code, "06-quiz-feedback");

            page.navigate(chromium.url("progress"));
            assertThat(page.locator("h2").first()).isVisible(SLOW);
            inLanguage(page, code, "07-my-progress");
        }
    }

    private String text(String key, Locale language) {
        return texts.getTranslation(key, language);
    }

    /** The page is marked as the language, every text is found, and a screenshot is kept. */
    private static void inLanguage(Page page, String code, String name) {
        assertThat(page.locator("html")).hasAttribute("lang", code);
        String shown = (String) page.evaluate("() => document.body.innerText");
        assertThat(MISSING_TEXT.matcher(shown).results().map(r -> r.group()).toList())
                .as("texts missing from the %s bundle on %s", code, name).isEmpty();
        look(page, code, name);
    }

    private static void look(Page page, String code, String name) {
        Path file = SHOTS.resolve(code).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(file).exists();
    }
}
