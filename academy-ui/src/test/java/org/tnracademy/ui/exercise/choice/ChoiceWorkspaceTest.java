package org.tnracademy.ui.exercise.choice;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.exercises.choice.ChoiceAnswer;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.ui.testsupport.DocExamples;
import org.tnracademy.ui.testsupport.RenderedText;

/** A learner answering the choice example of docs/exercise-types/choice.md, and the feedback on it. */
@SpringBootTest
class ChoiceWorkspaceTest extends SpringBrowserlessTest {

    static final String TYPE = "choice";
    static final Map<String, Object> SPEC = DocExamples.yaml("""
            scoring: right-minus-wrong
            questions:
              - id: q1
                kind: single
                prompt: {en: "Which post is doxing?", fr: "Quelle publication relève du doxing ?"}
                options:
                  - id: a
                    text: {en: "A post giving the home address of a journalist"}
                  - id: b
                    text: {en: "A post criticising a journalist's article"}
              - id: q2
                kind: multiple
                scoring: all-or-nothing
                prompt: {en: "Which are signs of a coordinated campaign?"}
                options:
                  - {id: a, text: {en: "Identical wording posted within minutes"}}
                  - {id: b, text: {en: "Accounts created the same day"}}
                  - {id: c, text: {en: "A single angry reply"}}
            """);
    static final Map<String, Object> KEY = DocExamples.yaml("""
            exercise: spot-the-doxing
            questions:
              - id: q1
                options:
                  - {id: a, correct: true,  explanation: {en: "An address exposed to a hostile audience is doxing."}}
                  - {id: b, correct: false, explanation: {en: "Criticism of published work is not doxing."}}
              - id: q2
                options:
                  - {id: a, correct: true,  explanation: {en: "Copy-paste wording in bursts is a coordination signal."}}
                  - {id: b, correct: true,  explanation: {en: "Batch creation dates point to a network."}}
                  - {id: c, correct: false, explanation: {en: "One reply shows no coordination."}}
            """);

    ChoiceSpec spec;
    ChoiceWorkspace workspace;

    @BeforeEach
    void openWorkspace() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = DocExamples.spec(TYPE, SPEC);
        workspace = new ChoiceWorkspace(spec);
        UI.getCurrent().add(workspace);
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> single() {
        return $(RadioButtonGroup.class).id("choice-q1");
    }

    @SuppressWarnings("unchecked")
    CheckboxGroup<String> multiple() {
        return $(CheckboxGroup.class).id("choice-q2");
    }

    @Test
    void pickingExactlyTheKeyGivesAnAnswerTheReaderAcceptsAndFullMarks() {
        test(single()).selectItem("A post giving the home address of a journalist");
        test(multiple()).selectItems("Identical wording posted within minutes", "Accounts created the same day");

        Map<String, Object> tree = workspace.answer();
        assertThat(tree).isEqualTo(Map.of("picks", Map.of("q1", List.of("a"), "q2", List.of("a", "b"))));
        assertThat(DocExamples.readAnswer(TYPE, spec, tree)).isInstanceOf(ChoiceAnswer.class);
        ChoiceResult result = DocExamples.grade(TYPE, SPEC, KEY, tree);
        assertThat(result.score()).isEqualTo(1.0);
        assertThat($(Span.class).id("choice-answered").getText()).isEqualTo("2 of 2 questions answered");
    }

    @Test
    void questionsAreLabelledByTheirPromptInTheLearnersLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        ChoiceWorkspace french = new ChoiceWorkspace(spec);

        assertThat(RenderedText.of(french)).contains("Quelle publication relève du doxing ?")
                // no French text for q2: English is the fallback
                .contains("Which are signs of a coordinated campaign?");
    }

    @Test
    void isEmptyUntilAnOptionIsPickedAndUnansweredQuestionsAreLeftOut() {
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEqualTo(Map.of("picks", Map.of()));

        test(multiple()).selectItems("A single angry reply");

        assertThat(workspace.isEmpty()).isFalse();
        assertThat(workspace.answer()).isEqualTo(Map.of("picks", Map.of("q2", List.of("c"))));
        assertThat(DocExamples.readAnswer(TYPE, spec, workspace.answer())).isInstanceOf(ChoiceAnswer.class);

        test(multiple()).deselectItem("A single angry reply");
        assertThat(workspace.isEmpty()).isTrue();
    }

    @Test
    void readOnlyKeepsThePicksAndRefusesChanges() {
        test(single()).selectItem("A post giving the home address of a journalist");

        workspace.setReadOnly(true);

        assertThat(single().isReadOnly()).isTrue();
        assertThat(multiple().isReadOnly()).isTrue();
        assertThatThrownBy(() -> test(multiple()).selectItems("A single angry reply"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(workspace.answer()).isEqualTo(Map.of("picks", Map.of("q1", List.of("a"))));

        workspace.setReadOnly(false);
        test(multiple()).selectItems("A single angry reply");
        assertThat(workspace.answer()).isEqualTo(Map.of("picks", Map.of("q1", List.of("a"), "q2", List.of("c"))));
    }

    @Test
    void feedbackHidesTheCorrectOptionsAndExplanationsOfAWrongQuestionUntilTheLastAttempt() {
        // the docs' example answer: q1 right, q2 [a, c] wrong under all-or-nothing
        ChoiceResult result = DocExamples.grade(TYPE, SPEC, KEY,
                DocExamples.yaml("picks: {q1: [a], q2: [a, c]}"));

        String hidden = RenderedText.of(new ChoiceFeedback(spec, result, false));
        assertThat(hidden).contains("50%", "An address exposed to a hostile audience is doxing.",
                        "Your answer: Identical wording posted within minutes; A single angry reply",
                        "the expected answer and its explanation are shown after your last attempt")
                .doesNotContain("Correct answer: Identical wording posted within minutes; Accounts created the same day")
                .doesNotContain("Accounts created the same day")
                .doesNotContain("One reply shows no coordination.")
                .doesNotContain("Batch creation dates point to a network.")
                .doesNotContain("Copy-paste wording in bursts is a coordination signal.");

        String revealed = RenderedText.of(new ChoiceFeedback(spec, result, true));
        assertThat(revealed).contains("Correct answer: Identical wording posted within minutes; Accounts created the same day",
                "One reply shows no coordination.", "Batch creation dates point to a network.",
                "picked, but not correct", "correct, but not picked");
    }

    @Test
    void feedbackSpeaksTheLearnersLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        ChoiceResult result = DocExamples.grade(TYPE, SPEC, KEY, DocExamples.yaml("picks: {q1: [a], q2: [a, c]}"));

        assertThat(RenderedText.of(new ChoiceFeedback(spec, result, false))).contains(
                "Questions entièrement justes : 1 sur 2", "Question 1 : Quelle publication relève du doxing ?",
                "Score de cette question : 0\u00A0% (tout ou rien)",
                "la réponse attendue et son explication s’affichent après votre dernière tentative");
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceAndOptionsNotInTheSpecAreLeftOut() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(single()).selectItem("A post giving the home address of a journalist");
        test(multiple()).selectItems("Identical wording posted within minutes", "A single angry reply");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes.get()).isPositive();

        ChoiceWorkspace reopened = new ChoiceWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(draft);
        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);

        reopened.restore(Map.of("picks", Map.of("q1", List.of("zz"), "q2", List.of("b", "zz"), "q9", List.of("a"))));
        assertThat(reopened.answer()).isEqualTo(Map.of("picks", Map.of("q2", List.of("b"))));
    }
}
