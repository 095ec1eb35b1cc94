package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.exercises.written.Criterion;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * axe-core on every route of every role (the routes found by scanning for {@code @Route}, so a new
 * view fails here until it is audited) and on each of the ten exercise types working, just
 * submitted with attempts left, and with the feedback of the last attempt: WCAG 2.0 and 2.1, A and
 * AA, no violation beyond the exceptions {@link AxeAudit#EXCEPTIONS} writes down. Totals by rule in
 * target/accessibility; docs/accessibility.md has the figures. Runs with the Maven profile
 * {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.grading.async=true", "academy.demo-cohort=true"})
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class AccessibilityAuditBrowserTest extends ChromiumSuite {

    private static final String LEARNER = "analyst";
    /** A second learner whose analysis waits in the instructor's review queue. */
    private static final String WRITER = "axe-writer";
    /** One exercise of each of the eleven types in the starter course; the first one with several attempts. */
    private static final List<String> ONE_OF_EACH_TYPE = List.of("tnr-forms-quiz", "find-coordinated-accounts",
            "geolocate-the-photos", "label-posts-basics", "mark-exposed-personal-data", "match-spyware-indicators",
            "read-a-stix-indicator", "reconstruct-harassment-timeline", "tag-smear-campaign-disarm",
            "write-a-case-assessment", "attribute-accounts-to-operators");

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    AnswerDrafts drafts;
    @Autowired
    GradingService grading;
    @Autowired
    ReviewService review;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountProvisioning provisioning;

    private static final String APP_TITLE_EN = "Digital TNR Detection Academy";
    private static final String APP_TITLE_FR = "Académie de détection de la répression transnationale numérique";

    /** Marks a visit to an error page, reached inside the application. */
    private static final String ERROR_PAGE = "error:";

    private final AxeAudit exerciseAudit = new AxeAudit("exercises");
    private final AxeAudit routeAudit = new AxeAudit("routes");
    private final AxeAudit signInAudit = new AxeAudit("sign-in");

    @BeforeAll
    void generousWaits() {
        // six builds share two cores here: give each condition time
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    void putWaitsBack() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    @Order(1)
    void everyExerciseTypeWorkingSubmittedAndWithFeedbackHasNoViolation() {
        List<CourseOutline.Step> steps = ActingAs.learner(LEARNER, () -> catalog.outlines().stream()
                .flatMap(o -> o.steps().stream()).filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).toList());
        assertThat(ONE_OF_EACH_TYPE.stream().map(slug -> step(steps, slug).exerciseType()).distinct())
                .as("one exercise of each type").hasSize(11);
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, LEARNER);
            for (String slug : ONE_OF_EACH_TYPE) {
                CourseOutline.Step step = step(steps, slug);
                auditStates(page, step);
            }
        }
        assertNoViolation(exerciseAudit);
    }

    private void auditStates(Page page, CourseOutline.Step step) {
        long id = step.id();
        String type = step.exerciseType();
        Map<String, Object> answer = PartialAnswers.from(type, ActingAs.user("instructor", Role.INSTRUCTOR,
                () -> keys.material(id).orElseThrow().keyTree()));

        page.navigate(chromium.url("exercises/" + id));
        assertThat(page.locator("#submit-answer")).isVisible();
        AxeAudit.settle(page);
        audit(exerciseAudit, page, type + " (" + step.slug() + "), working");

        // the answer as a draft, restored into the workspace, then submitted from the page
        ActingAs.learner(LEARNER, () -> drafts.save(id, answer));
        page.reload();
        Locator start = page.locator("#start-attempt");
        Locator submit = page.locator("#submit-answer");
        assertThat(submit).isVisible();
        AxeAudit.settle(page);
        if (start.isVisible()) {
            start.click();
        }
        assertThat(submit).isEnabled();
        submit.click();
        Locator feedbackTitle = page.locator("#feedback h3").first();
        Locator confirm = page.locator("[role='alertdialog']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Submit answer"));
        // an unanswered part and a final (single or timed) attempt each ask first
        for (int question = 0; question < 3 && !feedbackTitle.isVisible(); question++) {
            assertThat(feedbackTitle.or(confirm).first()).isVisible();
            if (confirm.count() > 0 && confirm.first().isVisible()) {
                confirm.first().click();
                assertThat(confirm).hasCount(0);
            }
        }
        assertThat(feedbackTitle).isVisible();
        AxeAudit.settle(page);
        HeadlessChromium.shot(page, "axe-" + type + "-submitted");
        audit(exerciseAudit, page, type + " (" + step.slug() + "), submitted");

        finishAttempts(step, answer);
        page.reload();
        assertThat(feedbackTitle).isVisible();
        AxeAudit.settle(page);
        HeadlessChromium.shot(page, "axe-" + type + "-feedback");
        audit(exerciseAudit, page, type + " (" + step.slug() + "), feedback");
    }

    /** Uses the attempts left on the server (an analysis is graded by the instructor), so the feedback is final. */
    private void finishAttempts(CourseOutline.Step step, Map<String, Object> answer) {
        long id = step.id();
        if (step.exerciseType().equals("written-analysis")) {
            long attempt = ActingAs.learner(LEARNER, () -> grading.myLatestAttempt(id).orElseThrow().attemptId());
            ActingAs.user("instructor", Role.INSTRUCTOR, () -> {
                var submission = review.submission(attempt).orElseThrow();
                Map<String, Integer> points = submission.rubric().criteria().stream()
                        .collect(Collectors.toMap(Criterion::id, c -> c.maxPoints() / 2));
                return review.grade(attempt, points, "Clear on the events; say more on the learner's safety.");
            });
            return;
        }
        ActingAs.learner(LEARNER, () -> {
            for (int used = grading.myAttempts(id).size(); used < step.maxAttempts(); used++) {
                grading.start(id);
                grading.submit(id, answer, UUID.randomUUID().toString());
            }
            return null;
        });
    }

    @Test
    @Order(2)
    void everyRouteOfEveryRoleHasNoViolation() {
        Map<String, List<Visit>> visits = visits();
        assertThat(visits.keySet()).as("every @Route of the academy is audited")
                .containsExactlyInAnyOrderElementsOf(routeTemplates());
        Map<String, List<Visit>> byUser = new LinkedHashMap<>();
        visits.values().stream().flatMap(List::stream)
                .forEach(v -> byUser.computeIfAbsent(v.user(), u -> new ArrayList<>()).add(v));
        // the error pages, which have no route of their own (reached inside the application: a
        // page loaded with an error status is refused by Chromium)
        byUser.get(LEARNER).add(new Visit(LEARNER, ERROR_PAGE + "no-such-page"));
        byUser.get(LEARNER).add(new Visit(LEARNER, ERROR_PAGE + "admin/audit"));
        byUser.forEach((user, list) -> {
            try (BrowserContext context = chromium.newContext("en-GB")) {
                Page page = user.isEmpty() ? context.newPage() : chromium.signIn(context, user);
                for (Visit visit : list) {
                    String path = visit.path().replace(ERROR_PAGE, "");
                    if (visit.path().startsWith(ERROR_PAGE)) {
                        page.evaluate("path => { history.pushState(null, '', path); "
                                + "dispatchEvent(new PopStateEvent('popstate')); }", "/" + path);
                        assertThat(page.locator("#error-page")).isVisible();
                    } else {
                        page.navigate(chromium.url(path));
                    }
                    AxeAudit.settle(page);
                    String name = (user.isEmpty() ? "anonymous" : user) + " /" + path;
                    HeadlessChromium.shot(page, "axe-route-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
                    audit(routeAudit, page, name);
                }
            }
        });
        assertNoViolation(routeAudit);
    }

    /** The sign-in page is no Vaadin route but plain HTML: audited as it comes, with each refusal, on a laptop and a phone. */
    @Test
    @Order(2)
    void theSignInPageWithAndWithoutARefusalHasNoViolation() {
        for (int width : List.of(1400, 360)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("en-GB").setViewportSize(width, 800))) {
                Page page = context.newPage();
                for (String path : List.of("login", "login?error")) {
                    page.navigate(chromium.url(path));
                    assertThat(page.locator("input[name='username']")).isVisible();
                    if (path.endsWith("error")) {
                        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
                    }
                    String name = "anonymous /" + path + " at " + width + " px";
                    HeadlessChromium.shot(page, "axe-sign-in-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
                    audit(signInAudit, page, name);
                }
            }
        }
        assertNoViolation(signInAudit);
    }

    /** axe on the page, and the checks axe does not make: its own title, its language. */
    private static void audit(AxeAudit audit, Page page, String name) {
        audit.check(page, name);
        titleAndLanguageProblems(page, name).forEach(audit::pageProblem);
    }

    /** A page names itself before the academy ("Courses | Digital TNR Detection Academy") and says its language. */
    private static List<String> titleAndLanguageProblems(Page page, String name) {
        List<String> problems = new ArrayList<>();
        String title = page.title();
        if (!title.endsWith(" | " + APP_TITLE_EN) || title.length() <= (" | " + APP_TITLE_EN).length()) {
            problems.add(name + ": the title '" + title + "' does not name the page before the academy");
        }
        Object lang = page.evaluate("() => document.documentElement.lang");
        if (!"en".equals(lang)) {
            problems.add(name + ": html lang is '" + lang + "', not 'en'");
        }
        return problems;
    }

    @Test
    @Order(3)
    void theSkipLinkComesFirstAndTheLanguageAndTitleFollowTheInterface() {
        try (BrowserContext context = chromium.newContext("fr-FR")) {
            Page page = chromium.signIn(context, LEARNER);
            page.navigate(chromium.url("progress"));
            AxeAudit.settle(page);
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(page).hasTitle(Pattern.compile(".+ \\| " + APP_TITLE_FR + "$"));

            page.keyboard().press("Tab");
            Locator skip = page.locator("#skip-to-content");
            assertThat(skip).isFocused();
            assertThat(skip).hasText("Aller au contenu");
            assertThat(skip).isInViewport();
            HeadlessChromium.shot(page, "axe-skip-link-focused");
            page.keyboard().press("Enter");
            assertThat(page.locator("main#main-content")).isFocused();
        }
    }

    /** A page visited by a user ("" for an anonymous visitor). */
    record Visit(String user, String path) {
    }

    /** Route template to the visits that audit it: each role whose menu reaches it, with real ids. */
    private Map<String, List<Visit>> visits() {
        ensureReviewQueueHasAnAnalysis();
        List<CourseOutline> outlines = ActingAs.learner(LEARNER, catalog::outlines);
        CourseOutline course = outlines.getFirst();
        long courseId = course.id();
        long lessonId = course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON)
                .findFirst().orElseThrow().id();
        CourseOutline.Step labelling = step(course.steps(), "label-posts-basics");
        long cohortId = ActingAs.user("admin", Role.ADMIN, cohorts::cohorts).getFirst().id();
        String exercise = String.valueOf(labelling.id());
        String cohort = "cohorts/" + cohortId;

        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        visits.put("", List.of(new Visit(LEARNER, ""), new Visit("instructor", ""), new Visit("manager", ""),
                new Visit("admin", "")));
        visits.put("verify/:id?", List.of(new Visit("", "verify"), new Visit("", "verify/NO-SUCH-CERTIFICATE")));
        visits.put("account/password", List.of(new Visit(LEARNER, "account/password")));
        visits.put("courses", List.of(new Visit(LEARNER, "courses")));
        visits.put("courses/:courseId", List.of(new Visit(LEARNER, "courses/" + courseId)));
        visits.put("lessons/:lessonId", List.of(new Visit(LEARNER, "lessons/" + lessonId)));
        visits.put("exercises/:exerciseId", List.of(new Visit(LEARNER, "exercises/" + exercise)));
        visits.put("progress", List.of(new Visit(LEARNER, "progress")));
        visits.put("notifications", List.of(new Visit(LEARNER, "notifications")));
        visits.put("instructor/courses", List.of(new Visit("instructor", "instructor/courses")));
        visits.put("instructor/review", List.of(new Visit("instructor", "instructor/review")));
        visits.put("instructor/exercises/:exerciseId/key",
                List.of(new Visit("instructor", "instructor/exercises/" + exercise + "/key")));
        visits.put("instructor/exercises/:exerciseId/preview",
                List.of(new Visit("instructor", "instructor/exercises/" + exercise + "/preview")));
        visits.put("instructor/exercises/:exerciseId/calibrate",
                List.of(new Visit("instructor", "instructor/exercises/" + exercise + "/calibrate")));
        visits.put("instructor/lessons/:lessonId/edit",
                List.of(new Visit("instructor", "instructor/lessons/" + lessonId + "/edit")));
        visits.put("instructor/courses/:courseId/edit",
                List.of(new Visit("instructor", "instructor/courses/" + courseId + "/edit")));
        visits.put("instructor/courses/:courseId/exercises/:slug/edit", List.of(new Visit("instructor",
                "instructor/courses/" + courseId + "/exercises/" + labelling.slug() + "/edit")));
        visits.put("instructor/courses/:courseId/exercises/:slug/preview", List.of(new Visit("instructor",
                "instructor/courses/" + courseId + "/exercises/" + labelling.slug() + "/preview")));
        visits.put("cohorts", List.of(new Visit("manager", "cohorts"), new Visit("instructor", "cohorts"),
                new Visit("admin", "cohorts")));
        visits.put("cohort/gradebook", List.of(new Visit("manager", "cohort/gradebook"),
                new Visit("admin", "cohort/gradebook")));
        visits.put("cohorts/:cohortId", List.of(new Visit("manager", cohort)));
        visits.put("cohorts/:cohortId/gradebook", List.of(new Visit("manager", cohort + "/gradebook")));
        visits.put("cohorts/:cohortId/items", List.of(new Visit("manager", cohort + "/items"),
                new Visit("instructor", cohort + "/items")));
        visits.put("cohorts/:cohortId/dashboard", List.of(new Visit("manager", cohort + "/dashboard"),
                new Visit("instructor", cohort + "/dashboard")));
        visits.put("admin/accounts", List.of(new Visit("admin", "admin/accounts")));
        visits.put("admin/audit", List.of(new Visit("admin", "admin/audit")));
        visits.put("admin/certificates", List.of(new Visit("admin", "admin/certificates")));
        visits.put("admin/lti", List.of(new Visit("admin", "admin/lti")));
        visits.put("lti/deep-linking", List.of(new Visit("instructor", "lti/deep-linking")));
        return visits;
    }

    /** A second learner's analysis waits for grading, so the review queue shows one. */
    private void ensureReviewQueueHasAnAnalysis() {
        provisioning.ensure(WRITER, "Axe Writer", "axe-writer-password", EnumSet.of(Role.LEARNER));
        long id = ActingAs.learner(WRITER, () -> step(catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .toList(), "write-a-case-assessment").id());
        ActingAs.learner(WRITER, () -> {
            if (grading.myAttempts(id).isEmpty()) {
                grading.start(id);
                grading.submit(id, PartialAnswers.from("written-analysis", Map.of()), UUID.randomUUID().toString());
            }
            return null;
        });
    }

    /** Every {@code @Route} template of the academy. */
    private static Set<String> routeTemplates() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> templates = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.tnracademy")) {
            try {
                templates.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return templates;
    }

    private static CourseOutline.Step step(List<CourseOutline.Step> steps, String slug) {
        return steps.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static void assertNoViolation(AxeAudit audit) {
        String report = audit.report();
        System.out.println(report);
        assertThat(audit.findings()).as(() -> "axe-core violations (rule, impact, target, page):\n" + report)
                .isEmpty();
        assertThat(audit.pageProblems()).as("pages without their own title or language").isEmpty();
    }
}
