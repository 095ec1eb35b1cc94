package org.tnracademy.ui.exercise.shortanswer;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.exercises.shortanswer.ShortAnswerAnswer;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.ui.testsupport.DocExamples;
import org.tnracademy.ui.testsupport.RenderedText;

/** A learner filling the blanks of docs/exercise-types/shortanswer.md, and the feedback on them. */
@SpringBootTest
class ShortAnswerWorkspaceTest extends SpringBrowserlessTest {

    static final String TYPE = "short-answer";
    static final Map<String, Object> SPEC = DocExamples.yaml("""
            blanks:
              - id: handle
                prompt: {en: "Which account posted the address first?"}
                maxLength: 60
              - id: date
                prompt: {en: "On which day did the campaign start?"}
            """);
    static final Map<String, Object> KEY = DocExamples.yaml("""
            exercise: find-the-source
            blanks:
              - id: handle
                accepted: ["@nadia_k_syn"]
                patterns: ["@?nadia_k_syn"]
                explanation: {en: "The first post with the address came from @nadia_k_syn."}
              - id: date
                patterns: ["2024-0?3-0?1", "1 march 2024", "march 1,? 2024"]
                explanation: {en: "The earliest post is dated 1 March 2024."}
            """);

    ShortAnswerSpec spec;
    ShortAnswerWorkspace workspace;

    @BeforeEach
    void openWorkspace() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = DocExamples.spec(TYPE, SPEC);
        workspace = new ShortAnswerWorkspace(spec);
        UI.getCurrent().add(workspace);
    }

    TextField blank(String id) {
        return $(TextField.class).id("blank-" + id);
    }

    @Test
    void typingTheAcceptedAnswersGivesAnAnswerTheReaderAcceptsAndFullMarks() {
        test(blank("handle")).setValue("@Nadia_K_syn");
        test(blank("date")).setValue("March 1 2024");

        Map<String, Object> tree = workspace.answer();
        assertThat(tree).isEqualTo(Map.of("values", Map.of("handle", "@Nadia_K_syn", "date", "March 1 2024")));
        assertThat(DocExamples.readAnswer(TYPE, spec, tree)).isInstanceOf(ShortAnswerAnswer.class);
        ShortAnswerResult result = DocExamples.grade(TYPE, SPEC, KEY, tree);
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void fieldsAreLabelledByTheirPromptAndLimitedToTheBlanksLength() {
        assertThat(blank("handle").getLabel()).isEqualTo("Which account posted the address first?");
        assertThat(blank("handle").getMaxLength()).isEqualTo(60);
        assertThat(blank("date").getMaxLength()).isEqualTo(200);
        assertThat(blank("handle").getHelperText()).isEqualTo("Up to 60 characters.");
    }

    @Test
    void blankValuesAreLeftOutAndOnlyWhiteSpaceIsStillEmpty() {
        assertThat(workspace.isEmpty()).isTrue();
        test(blank("date")).setValue("   ");
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEqualTo(Map.of("values", Map.of()));

        test(blank("date")).setValue("2024-03-01");
        assertThat(workspace.isEmpty()).isFalse();
        assertThat(workspace.answer()).isEqualTo(Map.of("values", Map.of("date", "2024-03-01")));
    }

    @Test
    void aValueOverTheLimitIsMarkedAtItsFieldAndKeptOutOfTheAnswer() {
        // the browser stops typing at maxlength; a value set past it another way must still not reach the reader
        blank("handle").setValue("x".repeat(61));

        assertThat(blank("handle").isInvalid()).isTrue();
        assertThat(blank("handle").getErrorMessage()).isEqualTo("61 characters: at most 60 are allowed.");
        assertThat(workspace.inputProblems()).containsExactly(
                "Which account posted the address first?: 61 characters: at most 60 are allowed.");
        assertThat(workspace.answer()).isEqualTo(Map.of("values", Map.of()));
        DocExamples.readAnswer(TYPE, spec, workspace.answer());
    }

    @Test
    void readOnlyRefusesTyping() {
        workspace.setReadOnly(true);
        assertThatThrownBy(() -> test(blank("handle")).setValue("@x")).isInstanceOf(IllegalStateException.class);
        workspace.setReadOnly(false);
        test(blank("handle")).setValue("@x");
        assertThat(workspace.isEmpty()).isFalse();
    }

    @Test
    void feedbackHidesTheAcceptedAnswersAndExplanationOfAWrongBlankUntilTheLastAttempt() {
        ShortAnswerResult result = DocExamples.grade(TYPE, SPEC, KEY,
                DocExamples.yaml("values: {handle: \"  NADIA_K_SYN \", date: \"2024-03-01 or so\"}"));

        String hidden = RenderedText.of(new ShortAnswerFeedback(spec, result, false));
        assertThat(hidden).contains("50%", "1 of 2 blanks right", "Your answer: 2024-03-01 or so",
                        "The first post with the address came from @nadia_k_syn.", "Accepted answers: @nadia_k_syn")
                .doesNotContain("The earliest post is dated 1 March 2024.");

        String revealed = RenderedText.of(new ShortAnswerFeedback(spec, result, true));
        assertThat(revealed).contains("The earliest post is dated 1 March 2024.");
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceAndBlanksNotInTheSpecAreLeftOut() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(blank("handle")).setValue("@nadia_k_syn");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes).hasValue(1);

        ShortAnswerWorkspace reopened = new ShortAnswerWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(draft);
        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);

        reopened.restore(Map.of("values", Map.of("gone", "x", "date", 12)));
        assertThat(reopened.answer()).isEqualTo(Map.of("values", Map.of()));
    }
}
