package org.tnracademy.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.analysis.ItemStats;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortMemberRow;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.core.gradebook.CohortGradebookRow;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.exercises.choice.ChoiceQuestion;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.ui.error.AccessDeniedView;
import org.tnracademy.ui.error.NotFoundView;

/** The cohort manager's pages without a browser: forms, CSV enrolment, gradebook, analysis, dashboard. */
@SpringBootTest
@WithMockUser(username = "manager", roles = "COHORT_MANAGER")
class CohortViewsTest extends SpringBrowserlessTest {

    private static final String QUIZ = "cib-signals-quiz";

    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    /** A fresh analyst per test: attempts are limited, and the context's database is shared. */
    String analyst;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNewCohortFormShowsProblemsAtTheirFieldsThenCreatesAndOpensTheCohort() {
        navigate(CohortsView.class);
        test($(Button.class).id("new-cohort")).click();
        CohortDialog dialog = $(CohortDialog.class).single();
        dialog.startsOn.setValue(LocalDate.of(2026, 5, 1));
        dialog.endsOn.setValue(LocalDate.of(2026, 4, 1));
        test($(Button.class, dialog).id("cohort-save")).click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).startsWith("The end date is before the start date");
        assertThat(dialog.courses.getErrorMessage()).isEqualTo("Assign at least one course");
        assertThat(dialog.isOpened()).isTrue();

        String name = "Form cohort " + tag();
        dialog.name.setValue(name);
        dialog.endsOn.setValue(LocalDate.of(2026, 7, 1));
        dialog.courses.setValue(Set.copyOf(catalog.courses()));
        test($(Button.class, dialog).id("cohort-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
        assertThat(cohorts.cohorts()).extracting(CohortSummary::name).contains(name);
    }

    @Test
    void aCsvWithBadRowsListsEveryRowAndEnrolsNobodyThenAGoodOneEnrols() {
        CohortSummary cohort = newCohort();
        navigate(CohortView.class, Map.of("cohortId", String.valueOf(cohort.id())));
        String bad = "username\nanalyst\nnobody-" + tag() + "\ninstructor\n";
        test($(Upload.class).id("enrol-csv")).upload("cohort.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));

        Dialog problems = $(Dialog.class).id("enrol-problems");
        @SuppressWarnings("unchecked")
        Grid<Object> rows = $(Grid.class, problems).id("enrol-problem-rows");
        assertThat(test(rows).size()).isEqualTo(2);
        assertThat(test(rows).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(rows).getCellText(1, 2)).contains("not an analyst");
        assertThat(cohorts.memberCount(cohort.id(), "")).isZero();

        test($(Upload.class).id("enrol-csv")).upload("cohort.csv", "text/csv",
                "username\nanalyst\n".getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Grid<CohortMemberRow> members = $(Grid.class).id("members");
        assertThat(test(members).size()).isEqualTo(1);
        assertThat(test(members).getRow(0).username()).isEqualTo("analyst");
    }

    @Test
    void theGradebookShowsTheAnalystsScoreFiltersAndOpensTheirAttempts() {
        CohortSummary cohort = cohortWithAnAttempt();
        navigate(CohortGradebookView.class, Map.of("cohortId", String.valueOf(cohort.id())));

        CohortGradebookView view = (CohortGradebookView) getCurrentView();
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        CohortGradebookRow row = grid.getRow(0);
        assertThat(row.username()).isEqualTo(analyst);
        int column = columnIndex(view.grid, CohortGradebookView.EXERCISE_KEY + quiz(cohort).exerciseId());
        assertThat(grid.getCellText(0, column)).contains("%").contains("1/2");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.tnracademy.core.gradebook.LearnerStatus> status =
                $(com.vaadin.flow.component.select.Select.class).id("gradebook-status");
        status.setValue(org.tnracademy.core.gradebook.LearnerStatus.NOT_STARTED);
        assertThat(test(view.grid).size()).isZero();
        status.setValue(org.tnracademy.core.gradebook.LearnerStatus.IN_PROGRESS);
        assertThat(test(view.grid).size()).isEqualTo(1);

        view.openAttempts(row, quiz(cohort));
        LearnerAttemptsDialog attempts = $(LearnerAttemptsDialog.class).single();
        assertThat(attempts.isOpened()).isTrue();
        assertThat(attempts.getHeaderTitle()).contains("Coordinated or just popular");
    }

    @Test
    void itemAnalysisListsTheQuestionsOfTheQuiz() {
        CohortSummary cohort = cohortWithAnAttempt();
        navigate(ItemAnalysisView.class, Map.of("cohortId", String.valueOf(cohort.id())));
        ItemAnalysisView view = (ItemAnalysisView) getCurrentView();
        view.exercise.setValue(quiz(cohort));

        var items = test(view.items);
        assertThat(items.size()).isEqualTo(4);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemStats s = items.getRow(i);
            ids.add(s.itemId());
            assertThat(s.answered()).isEqualTo(1);
        }
        assertThat(ids).contains("coordination-signals");
    }

    @Test
    void itemAnalysisNamesQuestionsByPlaceAndPromptAndKeysByTheirOptionsNeverByIds() {
        CohortSummary cohort = cohortWithAnAttempt();
        navigate(ItemAnalysisView.class, Map.of("cohortId", String.valueOf(cohort.id())));
        ItemAnalysisView view = (ItemAnalysisView) getCurrentView();
        view.exercise.setValue(quiz(cohort));

        var items = test(view.items);
        org.tnracademy.exercises.choice.ChoiceSpec spec = (org.tnracademy.exercises.choice.ChoiceSpec)
                catalog.exercise(quiz(cohort).exerciseId(), java.util.Locale.ENGLISH).orElseThrow().spec();
        java.util.Set<String> ids = new java.util.HashSet<>();
        spec.questions().forEach(q -> {
            ids.add(q.id());
            q.options().forEach(o -> ids.add(o.id()));
        });
        // ids that are words of their own ("seed") may appear in a prompt: check the compound ones
        ids.removeIf(id -> !id.contains("-"));
        assertThat(ids).contains("coordination-signals", "same-typo");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            names.add(items.getCellText(i, 0));
            for (int column : new int[] {0, 1, view.items.getColumns().size() - 3}) {
                String text = items.getCellText(i, column);
                assertThat(ids).as("no id in %s", text).noneMatch(id -> java.util.regex.Pattern
                        .compile("(?<![\\p{L}\\d-])" + java.util.regex.Pattern.quote(id) + "(?![\\p{L}\\d-])")
                        .matcher(text).find());
            }
        }
        org.tnracademy.exercises.choice.ChoiceQuestion second = spec.questions().get(1);
        assertThat(names).contains("Question 2: " + second.prompt().in(java.util.Locale.ENGLISH));
        int row = names.indexOf("Question 2: " + second.prompt().in(java.util.Locale.ENGLISH));
        String key = items.getCellText(row, 1);
        assertThat(second.options()).anySatisfy(o -> assertThat(key).contains(o.text().in(java.util.Locale.ENGLISH)));
    }

    @Test
    void anUnansweredQuestionReadsAsNoAnswerInTheUsersLanguageNotAsAnInternalToken() {
        CohortSummary cohort = cohortWithAnAttempt(1);
        navigate(ItemAnalysisView.class, Map.of("cohortId", String.valueOf(cohort.id())));
        ItemAnalysisView view = (ItemAnalysisView) getCurrentView();
        view.exercise.setValue(quiz(cohort));

        var items = test(view.items);
        int wrongColumn = view.items.getColumns().size() - 3;
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            wrong.add(items.getCellText(i, wrongColumn));
        }
        assertThat(wrong).anySatisfy(text -> assertThat(text).contains("(no answer)"));
        assertThat(wrong).noneSatisfy(text -> assertThat(text).contains(
                org.tnracademy.core.analysis.AnswerTokens.NOTHING));
    }

    @Test
    void theDashboardDrawsEachChartWithItsTable() {
        CohortSummary cohort = cohortWithAnAttempt();
        navigate(CohortDashboardView.class, Map.of("cohortId", String.valueOf(cohort.id())));

        ChartJs distribution = $(ChartJs.class).id("chart-distribution");
        assertThat(distribution.config()).contains("\"type\":\"bar\"").contains("\"data\":[");
        assertThat($(ChartJs.class).id("chart-competency").config()).contains("Information manipulation");
        assertThat($(ChartJs.class).id("chart-completion").config()).contains("\"type\":\"line\"");
        assertThat($(Grid.class).id("table-distribution")).isNotNull();
        assertThat($(Grid.class).id("table-completion")).isNotNull();
        FormHeatmap heatmap = $(FormHeatmap.class).id("form-heatmap");
        assertThat(heatmap.getElement().getOuterHTML()).contains("data-form=\"information-manipulation\"")
                .contains("Spyware");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "LEARNER")
    void analystsCannotOpenCohortPages() {
        for (String address : List.of("cohorts", "cohorts/1", "cohorts/1/gradebook", "cohorts/1/items",
                "cohorts/1/dashboard")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private CohortSummary newCohort() {
        return cohorts.create(new CohortDetails("View cohort " + tag(), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 27), Set.of(catalog.courses().getFirst().id())));
    }

    /** A cohort with a new analyst, who answered the quiz once (first option of every question). */
    private CohortSummary cohortWithAnAttempt() {
        return cohortWithAnAttempt(Integer.MAX_VALUE);
    }

    /** As above, answering only the first {@code questions} questions and leaving the others blank. */
    private CohortSummary cohortWithAnAttempt(int questions) {
        CohortSummary cohort = newCohort();
        analyst = "view-analyst-" + tag();
        provisioning.ensure(analyst, "View Analyst", "long-enough-pw", EnumSet.of(Role.LEARNER));
        cohorts.enrol(cohort.id(), analyst);
        CohortExercise quiz = quiz(cohort);
        SecurityContext manager = SecurityContextHolder.getContext();
        SecurityContext learner = SecurityContextHolder.createEmptyContext();
        learner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(analyst, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
        SecurityContextHolder.setContext(learner);
        try {
            ChoiceSpec spec = catalog.exercise(quiz.exerciseId(), java.util.Locale.ENGLISH).orElseThrow()
                    .spec(ChoiceSpec.class);
            Map<String, Object> picks = new LinkedHashMap<>();
            for (ChoiceQuestion q : spec.questions().subList(0, Math.min(questions, spec.questions().size()))) {
                picks.put(q.id(), List.of(q.options().getFirst().id()));
            }
            grading.submit(quiz.exerciseId(), Map.of("picks", picks), UUID.randomUUID().toString());
        } finally {
            SecurityContextHolder.setContext(manager);
        }
        return cohort;
    }

    private CohortExercise quiz(CohortSummary cohort) {
        long id = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(QUIZ))
                .findFirst().orElseThrow().id();
        return cohorts.exercises(cohort.id()).stream().filter(e -> e.exerciseId() == id).findFirst().orElseThrow();
    }

    private static int columnIndex(Grid<?> grid, String key) {
        List<? extends Grid.Column<?>> columns = grid.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (key.equals(columns.get(i).getKey())) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }
}
