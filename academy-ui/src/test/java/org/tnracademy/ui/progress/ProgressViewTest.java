package org.tnracademy.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.progress.FormStanding;
import org.tnracademy.exercises.choice.ChoiceQuestion;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.ui.cohort.ChartJs;
import org.tnracademy.ui.i18n.Formats;

/** "My progress" without a browser: the learner's own standing by form, and the certificate only once complete. */
@SpringBootTest
class ProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsTheLearnersOwnStandingByFormAsChartAndTableButNoCertificateBeforeCompletion() {
        String me = learner();
        String other = learner();
        double myScore = answerFirstOptions(me, "cib-signals-quiz");
        answerFirstOptions(other, "spyware-triage-quiz");

        signIn(me);
        navigate(ProgressView.class);

        @SuppressWarnings("unchecked")
        Grid<FormStanding> table = $(Grid.class).id("table-my-forms");
        Map<String, FormStanding> rows = new LinkedHashMap<>();
        for (int i = 0; i < test(table).size(); i++) {
            rows.put(test(table).getRow(i).form(), test(table).getRow(i));
        }
        Locale locale = UI.getCurrent().getLocale();
        assertThat(rows.get("harassment").mean()).isEqualTo(myScore);
        int harassment = List.copyOf(rows.keySet()).indexOf("harassment");
        assertThat(test(table).getCellText(harassment, 1)).isEqualTo(Formats.percent(myScore, locale));
        assertThat(test(table).getCellText(harassment, 2)).startsWith("1 of ");
        assertThat(rows.get("spyware").mean()).as("the other learner's quiz is not mine").isNull();
        assertThat(test(table).getCellText(List.copyOf(rows.keySet()).indexOf("spyware"), 1)).isEqualTo("—");

        String config = $(ChartJs.class).id("chart-my-forms").config();
        assertThat(config).contains("\"bar\"", "Harassment", String.valueOf(Math.round(myScore * 1000) / 10.0));
        assertThat(config).doesNotContain("Spyware");

        long course = catalog.outlines().stream().filter(o -> o.steps().stream()
                .anyMatch(s -> "cib-signals-quiz".equals(s.slug()))).findFirst().orElseThrow().id();
        assertThat($(Span.class).id("certificate-locked-" + course).getText()).contains("steps left");
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").startsWith("certificate-"));
    }

    @Test
    void aLearnerWithoutGradesIsToldWhereTheStandingWillAppear() {
        signIn(learner());
        navigate(ProgressView.class);

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("my-forms-none").getText())
                .contains("is graded");
        assertThat($(ChartJs.class).all()).isEmpty();
    }

    private String learner() {
        String username = "progress-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(username, "Progress Analyst", "long-enough-pw", EnumSet.of(Role.LEARNER));
        return username;
    }

    private static void signIn(String username) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
        SecurityContextHolder.setContext(context);
    }

    /** Starts (some quizzes are timed) and answers a choice quiz with the first option of every question; returns the score. */
    private double answerFirstOptions(String username, String slug) {
        signIn(username);
        long exercise = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(slug))
                .findFirst().orElseThrow().id();
        ChoiceSpec spec = catalog.exercise(exercise, Locale.ENGLISH).orElseThrow().spec(ChoiceSpec.class);
        Map<String, Object> picks = new LinkedHashMap<>();
        for (ChoiceQuestion q : spec.questions()) {
            picks.put(q.id(), List.of(q.options().getFirst().id()));
        }
        grading.start(exercise);
        double score = grading.submit(exercise, Map.of("picks", picks), UUID.randomUUID().toString()).score();
        SecurityContextHolder.clearContext();
        return score;
    }
}
