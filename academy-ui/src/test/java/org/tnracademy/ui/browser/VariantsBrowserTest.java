package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * Per-learner variants in the browser: two analysts of the demo cohort open the starter course's
 * phishing labelling exercise (40 of its 100 messages each, by label) and each finds the messages of
 * their own variant and not one only the other has (searched for in the grid); the instructor
 * previews sample variant 1, then picks the second analyst in the preview and finds that analyst's
 * message. Screenshots in
 * target/screenshots (variants-*). Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.demo-cohort=true"})
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class VariantsBrowserTest extends ChromiumSuite {

    private static final String EXERCISE = "label-phishing-messages";
    private static final String SECOND = "second-analyst";

    @Autowired
    CatalogService catalog;
    @Autowired
    DatasetService datasets;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountProvisioning provisioning;

    @Test
    @Order(1)
    void twoAnalystsSeeTheirOwnPostsAndTheInstructorPreviewsOnesVariant() {
        provisioning.ensure(SECOND, "Second Analyst", SECOND, EnumSet.of(Role.LEARNER));
        ActingAs.user("manager", Role.COHORT_MANAGER, () -> cohorts.enrol(cohorts.cohorts().getFirst().id(), SECOND));
        long exercise = ActingAs.learner("analyst", () -> catalog.outlines().stream()
                .flatMap(o -> o.steps().stream()).filter(s -> s.slug().equals(EXERCISE))
                .map(CourseOutline.Step::id).findFirst().orElseThrow());
        ExerciseSheet first = ActingAs.learner("analyst", () -> catalog.exerciseToWork(exercise, Locale.ENGLISH).orElseThrow());
        ExerciseSheet second = ActingAs.learner(SECOND, () -> catalog.exerciseToWork(exercise, Locale.ENGLISH).orElseThrow());
        // a message of each variant whose text the other variant does not hold (some messages share a text)
        Map<String, String> firstTexts = texts(first.datasetId(), first.variantItems());
        Map<String, String> secondTexts = texts(second.datasetId(), second.variantItems());
        String firstOnly = firstTexts.entrySet().stream().filter(e -> !secondTexts.containsValue(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String secondOnly = secondTexts.entrySet().stream().filter(e -> !firstTexts.containsValue(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(first.variantItems()).hasSize(40);

        opensOwnVariant("analyst", exercise, first.datasetId(), firstOnly, secondOnly, "variants-01-first-analyst");
        opensOwnVariant(SECOND, exercise, second.datasetId(), secondOnly, firstOnly, "variants-02-second-analyst");

        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, "instructor");
            page.navigate(chromium.url("instructor/exercises/" + exercise + "/preview"));
            assertThat(page.locator("#variant-shown")).containsText("Sample variant 1: 40 items");
            page.locator("#variant-learner").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Second Analyst (Demo cohort)"))
                    .click();
            assertThat(page.locator("#variant-shown")).containsText("This learner’s variant: 40 items");
            assertThat(page.locator("#variant-learner")).containsText("Second Analyst (Demo cohort)");
            page.locator("#dataset-search input").fill(textOf(second.datasetId(), secondOnly));
            assertThat(page.locator("#dataset-grid")).containsText(textOf(second.datasetId(), secondOnly));
            HeadlessChromium.shot(page, "variants-03-instructor-preview");
        }
    }

    private void opensOwnVariant(String user, long exercise, long datasetId, String own, String others, String shot) {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, user);
            page.navigate(chromium.url("exercises/" + exercise));
            assertThat(page.locator("#variant-note")).containsText("40 items");
            Locator grid = page.locator("#dataset-grid");
            Locator search = page.locator("#dataset-search input");
            String mine = textOf(datasetId, own);
            search.fill(mine);
            assertThat(grid).containsText(mine);
            HeadlessChromium.shot(page, shot);
            // the other's message is not in this learner's dataset: searched for, the grid has no row
            // (its size, as the server counts the rows; a grid keeps the cells of rows it hides)
            search.fill(textOf(datasetId, others));
            assertThat(grid).hasJSProperty("size", 0);
        }
    }

    private Map<String, String> texts(long datasetId, List<String> items) {
        Map<String, String> texts = new LinkedHashMap<>();
        ActingAs.learner("analyst", () -> datasets.rows(datasetId, DatasetQuery.all().within(items), 0, items.size()))
                .forEach(r -> texts.put(r.itemKey(), r.text()));
        return texts;
    }

    private String textOf(long datasetId, String item) {
        return ActingAs.learner("analyst", () -> datasets.rows(datasetId, DatasetQuery.all().within(List.of(item)), 0, 1))
                .getFirst().text();
    }
}
