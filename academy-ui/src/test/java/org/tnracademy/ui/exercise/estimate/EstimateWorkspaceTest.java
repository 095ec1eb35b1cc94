package org.tnracademy.ui.exercise.estimate;

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
import org.tnracademy.exercises.estimate.EstimateAnswer;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.ui.testsupport.DocExamples;
import org.tnracademy.ui.testsupport.RenderedText;

/** A learner placing the photo and estimating the count of docs/exercise-types/estimate.md, and the feedback. */
@SpringBootTest
class EstimateWorkspaceTest extends SpringBrowserlessTest {

    static final String TYPE = "estimate";
    static final Map<String, Object> SPEC = DocExamples.yaml("""
            questions:
              - id: q-place
                kind: location
                prompt: {en: "Where was the photo of the target's door taken?", fr: "Où la photo de la porte a-t-elle été prise ?"}
                tolerance: 2
                zeroCredit: 12
                decay: linear
              - id: q-accounts
                kind: number
                prompt: {en: "How many accounts shared the address in the first hour?"}
                unit: accounts
                error: relative
                tolerance: 0.1
                zeroCredit: 0.5
            """);
    static final Map<String, Object> KEY = DocExamples.yaml("""
            exercise: place-the-photo
            answers:
              - question: q-place
                latitude: 43.20
                longitude: 5.40
                explanation: {en: "Tarrun harbour: the crane and the ferry sign match the quay."}
              - question: q-accounts
                value: 120
                explanation: {en: "Count the shares stamped before 21:30 UTC."}
            """);

    EstimateSpec spec;
    EstimateWorkspace workspace;

    @BeforeEach
    void openWorkspace() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = DocExamples.spec(TYPE, SPEC);
        workspace = new EstimateWorkspace(spec);
        UI.getCurrent().add(workspace);
    }

    TextField field(String id) {
        return $(TextField.class).id(id);
    }

    @Test
    void enteringTheTrueAnswersGivesAnAnswerTheReaderAcceptsAndFullMarks() {
        test(field("latitude-q-place")).setValue("43.20");
        test(field("longitude-q-place")).setValue("5.40");
        test(field("value-q-accounts")).setValue("120");

        Map<String, Object> tree = workspace.answer();
        assertThat(tree).isEqualTo(Map.of("answers",
                Map.of("q-place", Map.of("latitude", 43.2, "longitude", 5.4), "q-accounts", 120.0)));
        assertThat(DocExamples.readAnswer(TYPE, spec, tree)).isInstanceOf(EstimateAnswer.class);
        EstimateResult result = DocExamples.grade(TYPE, SPEC, KEY, tree);
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(workspace.inputProblems()).isEmpty();
    }

    @Test
    void aPastedPairFillsBothCoordinates() {
        test(field("latitude-q-place")).setValue("43.25, 5.40");

        assertThat(field("latitude-q-place").getValue()).isEqualTo("43.25");
        assertThat(field("longitude-q-place").getValue()).isEqualTo("5.4");
        assertThat(workspace.answer()).isEqualTo(Map.of("answers",
                Map.of("q-place", Map.of("latitude", 43.25, "longitude", 5.4))));
    }

    @Test
    void theNumberShowsItsUnitScoringAndWhatWasRead() {
        String shown = RenderedText.of(workspace);
        assertThat(shown).contains("accounts", "Full credit within 10% of the true answer, decreasing to none at 50%.",
                "Full credit within 2 km of the true answer, decreasing to none at 12 km.");

        test(field("value-q-accounts")).setValue("1,200");

        assertThat(field("value-q-accounts").getHelperText()).isEqualTo("Read as 1,200");
        assertThat(workspace.answer()).isEqualTo(Map.of("answers", Map.of("q-accounts", 1200.0)));
    }

    @Test
    void badInputIsMarkedAtItsFieldAndNeverReachesTheAnswer() {
        test(field("latitude-q-place")).setValue("43.2x");
        test(field("longitude-q-place")).setValue("5.4");
        test(field("value-q-accounts")).setValue("about 120");

        assertThat(field("latitude-q-place").isInvalid()).isTrue();
        assertThat(field("latitude-q-place").getErrorMessage())
                .isEqualTo("Not a coordinate: type decimal degrees, such as 43.25 or -5.4.");
        assertThat(field("value-q-accounts").isInvalid()).isTrue();
        assertThat(workspace.answer()).isEqualTo(Map.of("answers", Map.of()));
        DocExamples.readAnswer(TYPE, spec, workspace.answer());
        assertThat(workspace.inputProblems()).containsExactly(
                "Latitude (decimal degrees): Not a coordinate: type decimal degrees, such as 43.25 or -5.4.",
                "How many accounts shared the address in the first hour?: "
                        + "Not a number: type digits, with a decimal mark if needed, such as 120 or 1.5.");

        test(field("latitude-q-place")).setValue("91");
        assertThat(field("latitude-q-place").getErrorMessage()).isEqualTo("A latitude is between -90 and 90.");
        assertThat(workspace.answer()).isEqualTo(Map.of("answers", Map.of()));
    }

    @Test
    void aPlaceWithOneCoordinateIsNamedAsIncomplete() {
        test(field("latitude-q-place")).setValue("43.2");

        assertThat(workspace.isEmpty()).isFalse();
        assertThat(workspace.answer()).isEqualTo(Map.of("answers", Map.of()));
        assertThat(workspace.inputProblems()).containsExactly(
                "Longitude (decimal degrees): Missing: a place needs both latitude and longitude.");
        assertThat(field("longitude-q-place").isInvalid()).isTrue();
    }

    @Test
    void isEmptyUntilSomethingIsTypedAndReadOnlyRefusesTyping() {
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.inputProblems()).isEmpty();
        test(field("value-q-accounts")).setValue("150");
        assertThat(workspace.isEmpty()).isFalse();

        workspace.setReadOnly(true);
        assertThatThrownBy(() -> test(field("latitude-q-place")).setValue("1")).isInstanceOf(IllegalStateException.class);
        assertThat(workspace.answer()).isEqualTo(Map.of("answers", Map.of("q-accounts", 150.0)));
    }

    @Test
    void feedbackHidesTheTrueAnswerOutsideTheToleranceUntilTheLastAttempt() {
        // the docs' worked example: 5.56 km off the place, 25 % off the count
        EstimateResult result = DocExamples.grade(TYPE, SPEC, KEY, DocExamples.yaml("""
                answers:
                  q-place: {latitude: 43.25, longitude: 5.40}
                  q-accounts: 150
                """));

        String hidden = RenderedText.of(new EstimateFeedback(spec, result, false));
        assertThat(hidden).contains("Credit: 64%", "Your answer: 43.25, 5.4",
                        "Off by 5.56 km; full credit within 2 km, none from 12 km.",
                        "Off by 25%; full credit within 10%, none from 50%.", "Credit: 62%", "Score: 63%")
                .doesNotContain("True answer").doesNotContain("43.2, 5.4").doesNotContain("Tarrun harbour")
                .doesNotContain("120 accounts").doesNotContain("Count the shares stamped before 21:30 UTC.");

        String revealed = RenderedText.of(new EstimateFeedback(spec, result, true));
        assertThat(revealed).contains("True answer: 43.2, 5.4", "Tarrun harbour: the crane and the ferry sign match the quay.",
                "True answer: 120 accounts", "Count the shares stamped before 21:30 UTC.");
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceInTheLearnersLanguageAndReadsAsTheSameValues() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(field("latitude-q-place")).setValue("43.212345");
        test(field("longitude-q-place")).setValue("5.4");
        test(field("value-q-accounts")).setValue("1,250.5");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes.get()).isPositive();

        // the language changed before the page was opened again: the fields are written the French way
        UI.getCurrent().setLocale(Locale.FRENCH);
        EstimateWorkspace reopened = new EstimateWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(draft);

        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
        assertThat(reopened.inputProblems()).isEmpty();
    }
}
