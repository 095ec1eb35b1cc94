package org.tnracademy.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.ui.calibration.ConfidenceWorkspace;
import org.tnracademy.ui.exercise.attribution.AttributionWorkspace;
import org.tnracademy.ui.exercise.choice.ChoiceWorkspace;
import org.tnracademy.ui.exercise.estimate.EstimateWorkspace;
import org.tnracademy.ui.exercise.indicators.IndicatorsWorkspace;
import org.tnracademy.ui.exercise.labelling.LabellingWorkspace;
import org.tnracademy.ui.exercise.setselection.SetSelectionWorkspace;
import org.tnracademy.ui.exercise.shortanswer.ShortAnswerWorkspace;
import org.tnracademy.ui.exercise.spans.SpansWorkspace;
import org.tnracademy.ui.exercise.tagging.TaggingWorkspace;
import org.tnracademy.ui.exercise.timeline.TimelineWorkspace;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.written.WrittenWorkspace;

/** The exercise page on every exercise of the starter course: the right workspace, policies, hints, grading. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class ExerciseViewEveryTypeTest extends SpringBrowserlessTest {

    private static final Map<String, Class<? extends AnswerWorkspace>> WORKSPACES = Map.ofEntries(
            Map.entry("item-labelling", LabellingWorkspace.class), Map.entry("choice", ChoiceWorkspace.class),
            Map.entry("short-answer", ShortAnswerWorkspace.class), Map.entry("technique-tagging", TaggingWorkspace.class),
            Map.entry("written-analysis", WrittenWorkspace.class), Map.entry("estimate", EstimateWorkspace.class),
            Map.entry("set-selection", SetSelectionWorkspace.class), Map.entry("spans", SpansWorkspace.class),
            Map.entry("indicators", IndicatorsWorkspace.class), Map.entry("timeline", TimelineWorkspace.class),
            Map.entry("account-attribution", AttributionWorkspace.class));

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    GradingService grading;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void everyStarterExerciseOpensInTheWorkspaceOfItsType() {
        List<CourseOutline.Step> exercises = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).toList();
        assertThat(exercises.stream().map(CourseOutline.Step::exerciseType).distinct())
                .as("the starter course uses every type").hasSize(WORKSPACES.size());
        for (CourseOutline.Step step : exercises) {
            ExerciseView view = navigate("exercises/" + step.id(), ExerciseView.class);
            // an exercise asking for a confidence shows the type's workspace with the confidence fields under it
            AnswerWorkspace typed = view.workspace() instanceof ConfidenceWorkspace c ? c.inner() : view.workspace();
            assertThat(typed).as(step.slug()).isInstanceOf(WORKSPACES.get(step.exerciseType()));
            assertThat(view.getChildren()).as(step.slug()).contains(view.workspace().component());
            assertThat($(Button.class).id("submit-answer")).as(step.slug()).isNotNull();
        }
    }

    @Test
    void aChoiceQuizAnsweredWithItsKeyScoresFullMarks() {
        long id = exercise("tnr-forms-quiz");
        navigate("exercises/" + id, ExerciseView.class);
        answerWithTheKey(id);

        test($(Button.class).id("submit-answer")).click();

        assertThat($(Span.class).id("score").getText()).isEqualTo("100%");
        assertThat($(Span.class).withId("attempt-status").all()).as("no hint penalty to explain: hidden").isEmpty();
        assertThat(grading.myAttempts(id)).hasSize(1);
    }

    @Test
    void anUnansweredQuizIsRefusedWithAMessageAndNothingIsRecorded() {
        long id = exercise("tnr-forms-quiz");
        navigate("exercises/" + id, ExerciseView.class);

        test($(Button.class).id("submit-answer")).click();

        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText()
                .equals("Answer at least one part before submitting."));
        assertThat(grading.myAttempts(id)).isEmpty();
        assertThat($(Button.class).id("submit-answer").isEnabled()).isTrue();
    }

    @Test
    void aHintTakenShowsItsTextAndCostsTheNextAttemptItsPrice() {
        long id = exercise("cib-signals-quiz");
        navigate("exercises/" + id, ExerciseView.class);
        assertThat($(Button.class).id("take-hint-0").getText()).contains("costs");

        test($(Button.class).id("take-hint-0")).click();
        test($(ConfirmDialog.class).single()).confirm();
        answerWithTheKey(id);
        test($(Button.class).id("submit-answer")).click();

        assertThat($(Span.class).id("attempt-status").getText()).startsWith("Score: ")
                .contains("the grader gave 100%").contains("the hints you took cost");
        assertThat(grading.myLatestAttempt(id).orElseThrow().hintPenalty()).isPositive();
    }

    @Test
    void aTimedExerciseWaitsForTheLearnerToStartTheClock() {
        long id = exercise("cooperation-abuse-quiz");
        navigate("exercises/" + id, ExerciseView.class);
        assertThat($(Button.class).id("submit-answer").isEnabled()).isFalse();
        assertThat(grading.runningWindow(id)).isEmpty();

        test($(Button.class).id("start-attempt")).click();

        assertThat(grading.runningWindow(id)).isPresent();
        assertThat($(Button.class).id("submit-answer").isEnabled()).isTrue();
        assertThat($(Span.class).id("time-left").isVisible()).isTrue();
        answerWithTheKey(id);
        test($(Button.class).id("submit-answer")).click();
        // a timed attempt asks before it ends
        test($(ConfirmDialog.class).id("confirm-submit")).confirm();
        assertThat($(Span.class).id("score").getText()).isEqualTo("100%");
        assertThat($(Button.class).id("start-attempt").isVisible()).as("the next attempt starts on request").isTrue();
    }

    @Test
    void aWrittenAnalysisWaitsPendingForAnInstructor() {
        long id = exercise("write-a-case-assessment");
        navigate("exercises/" + id, ExerciseView.class);
        test($(Button.class).id("start-attempt")).click();
        test($(TextArea.class).id("written-text")).setValue("Assessment of a synthetic case: the pattern of "
                + "document refusals and the consular messages point to a coordinated pressure campaign.");

        test($(Button.class).id("submit-answer")).click();
        // the only attempt asks before the answer is final
        test($(ConfirmDialog.class).id("confirm-submit")).confirm();

        assertThat($(Span.class).id("attempt-status").getText())
                .isEqualTo("Waiting for an instructor to grade this analysis.");
        assertThat(grading.myLatestAttempt(id).orElseThrow().pending()).isTrue();
    }

    private long exercise(String slug) {
        return catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    /** Picks in every question the options the key marks correct. */
    @SuppressWarnings("unchecked")
    private void answerWithTheKey(long exerciseId) {
        var key = keys.material(exerciseId).orElseThrow().keyTree();
        for (Object q : (List<Object>) key.get("questions")) {
            Map<String, Object> question = (Map<String, Object>) q;
            List<String> correct = ((List<Object>) question.get("options")).stream()
                    .map(o -> (Map<String, Object>) o).filter(o -> Boolean.TRUE.equals(o.get("correct")))
                    .map(o -> (String) o.get("id")).toList();
            Component group = $(Component.class).id("choice-" + question.get("id"));
            if (group instanceof RadioButtonGroup<?> radio) {
                ((RadioButtonGroup<String>) radio).setValue(correct.getFirst());
            } else {
                ((CheckboxGroup<String>) group).setValue(Set.copyOf(correct));
            }
        }
    }
}
