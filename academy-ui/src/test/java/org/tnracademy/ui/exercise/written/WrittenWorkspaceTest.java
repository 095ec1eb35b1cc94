package org.tnracademy.ui.exercise.written;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.exercises.written.WrittenAnswer;
import org.tnracademy.exercises.written.WrittenResult;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.ui.testsupport.DocExamples;
import org.tnracademy.ui.testsupport.RenderedText;

/** A learner writing against the rubric of docs/exercise-types/written.md, and the grade or its pending state. */
@SpringBootTest
class WrittenWorkspaceTest extends SpringBrowserlessTest {

    static final String TYPE = "written-analysis";
    static final Map<String, Object> SPEC = DocExamples.yaml("""
            maxLength: 4000
            criteria:
              - id: sourcing
                title: {en: "Sourcing"}
                description: {en: "Ties each claim to the posts of the dataset."}
                maxPoints: 4
                levels:
                  - {points: 0, descriptor: {en: "No claim is sourced."}}
                  - {points: 2, descriptor: {en: "Some claims are sourced."}}
                  - {points: 4, descriptor: {en: "Every claim is tied to a post of the dataset."}}
              - id: safety
                title: {en: "Safety"}
                description: {en: "Protects the target: never repeats the exposed data."}
                maxPoints: 2
                levels:
                  - {points: 0, descriptor: {en: "Repeats the exposed address or phone number."}}
                  - {points: 2, descriptor: {en: "Refers to the exposed data without repeating it."}}
            """);

    WrittenType type = ExerciseTypes.written();
    WrittenSpec spec;
    WrittenWorkspace workspace;

    @BeforeEach
    void openWorkspace() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = DocExamples.spec(TYPE, SPEC);
        workspace = new WrittenWorkspace(spec);
        UI.getCurrent().add(workspace);
    }

    TextArea text() {
        return $(TextArea.class).id("written-text");
    }

    @Test
    void aWrittenAnalysisIsReadAndFullPointsFromTheInstructorGradeOne() {
        test(text()).setValue("The campaign began on 1 March 2024 ...");

        Map<String, Object> tree = workspace.answer();
        assertThat(tree).isEqualTo(Map.of("text", "The campaign began on 1 March 2024 ..."));
        WrittenAnswer answer = (WrittenAnswer) DocExamples.readAnswer(TYPE, spec, tree);
        WrittenResult result = type.grade(spec, answer,
                type.readGrade(spec, DocExamples.yaml("points: {sourcing: 4, safety: 2}")));
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void theRubricIsShownWithCriteriaLevelsAndPoints() {
        String rubric = RenderedText.of(workspace);
        assertThat(rubric).contains("Rubric (6 points)", "Sourcing (up to 4 points)",
                "Ties each claim to the posts of the dataset.", "0 points: No claim is sourced.",
                "2 points: Some claims are sourced.", "Safety (up to 2 points)",
                "2 points: Refers to the exposed data without repeating it.");
    }

    @Test
    void theCountFollowsTheTextInCodePointsAndATextOverTheLimitIsMarked() {
        assertThat(text().getHelperText()).isEqualTo("0 of 4,000 characters");
        // an emoji is one character to the reader, two UTF-16 units to Java
        test(text()).setValue("Signal 📍 seen");
        assertThat(text().getHelperText()).isEqualTo("13 of 4,000 characters");

        test(text()).setValue("a".repeat(4003));

        assertThat(text().isInvalid()).isTrue();
        assertThat(workspace.inputProblems())
                .containsExactly("3 characters over the limit of 4,000: shorten the text before submitting.");
        test(text()).setValue("a".repeat(4000));
        assertThat(text().isInvalid()).isFalse();
        assertThat(workspace.inputProblems()).isEmpty();
        DocExamples.readAnswer(TYPE, spec, workspace.answer());
    }

    @Test
    void isEmptyWhileBlankAndReadOnlyRefusesTyping() {
        assertThat(workspace.isEmpty()).isTrue();
        test(text()).setValue("  \n ");
        assertThat(workspace.isEmpty()).isTrue();
        test(text()).setValue("Draft");
        assertThat(workspace.isEmpty()).isFalse();

        workspace.setReadOnly(true);
        assertThatThrownBy(() -> test(text()).setValue("Changed")).isInstanceOf(IllegalStateException.class);
        assertThat(workspace.answer()).isEqualTo(Map.of("text", "Draft"));
    }

    @Test
    void feedbackSaysPendingWithoutAGradeAndShowsPointsLevelsAndCommentWithOne() {
        String pending = RenderedText.of(new WrittenFeedback(spec, null, false));
        assertThat(pending).contains("Pending instructor grading", "Sourcing (up to 4 points)").doesNotContain("Score:");

        WrittenAnswer answer = (WrittenAnswer) DocExamples.readAnswer(TYPE, spec, Map.of("text", "An analysis."));
        WrittenResult result = type.grade(spec, answer, type.readGrade(spec, DocExamples.yaml("""
                points: {sourcing: 3, safety: 2}
                comment: "Solid sourcing; say how confident you are in the attribution."
                """)));
        String graded = RenderedText.of(new WrittenFeedback(spec, result, false));
        assertThat(graded).contains("83%", "5 of 6 points", "Sourcing: 3 of 4 points",
                        "Level reached: Some claims are sourced.", "Safety: 2 of 2 points",
                        "Level reached: Refers to the exposed data without repeating it.",
                        "Solid sourcing; say how confident you are in the attribution.")
                .doesNotContain("Pending instructor grading");
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceAndOnlyTheLearnersTypingCountsAsAChange() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(text()).setValue("First findings: the address was posted at 02:10 UTC.");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes).hasValue(1);

        WrittenWorkspace reopened = new WrittenWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(draft);

        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).as("putting a draft back is no new work").hasValue(0);
    }

    @Test
    void aDraftOverTheLimitIsPutBackAsTypedAndMarked() {
        workspace.restore(Map.of("text", "x".repeat(4001)));

        assertThat(text().getValue()).hasSize(4001);
        assertThat(workspace.inputProblems()).hasSize(1);
    }
}
