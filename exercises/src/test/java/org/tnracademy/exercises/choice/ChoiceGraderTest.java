package org.tnracademy.exercises.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tnracademy.exercises.choice.ChoiceFixtures.answer;
import static org.tnracademy.exercises.choice.ChoiceFixtures.key;
import static org.tnracademy.exercises.choice.ChoiceFixtures.spec;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.JsonShape;

class ChoiceGraderTest {

    private final ChoiceGrader grader = new ChoiceGrader();

    @Test
    void allOrNothingCreditsOnlyExactlyRightQuestions() {
        ChoiceSpec spec = spec(ChoiceScoring.ALL_OR_NOTHING);

        ChoiceResult result = grader.grade(spec, key(spec), answer("q1", "b", "q2", "a", "q3", "c,b,a"));

        // q1 right: 1; q2 misses c: 0; q3 right in another order: 1; mean = 2/3
        assertThat(result.score()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(result.questions()).extracting(QuestionFeedback::score).containsExactly(1.0, 0.0, 1.0);
        assertThat(result.correctCount()).isEqualTo(2);
        assertThat(result.questionCount()).isEqualTo(3);
    }

    @Test
    void rightMinusWrongGivesEachRightOptionItsShareAndTakesOneBackPerWrongOption() {
        ChoiceSpec spec = spec(ChoiceScoring.RIGHT_MINUS_WRONG);

        ChoiceResult result = grader.grade(spec, key(spec), answer("q1", "b", "q2", "a,b,c", "q3", "a"));

        // q1: (1 - 0) / 1 = 1
        // q2: right a, c; wrong b: (2 - 1) / 2 = 1/2
        // q3: right a:            (1 - 0) / 3 = 1/3
        // mean = (1 + 1/2 + 1/3) / 3 = 11/18
        assertThat(result.questions()).extracting(QuestionFeedback::score)
                .containsExactly(1.0, 0.5, 1.0 / 3.0);
        assertThat(result.score()).isCloseTo(11.0 / 18.0, within(1e-12));
        assertThat(result.questions()).extracting(QuestionFeedback::correct).containsExactly(true, false, false);
    }

    @Test
    void selectingEveryOptionEarnsNothingUnderRightMinusWrong() {
        ChoiceSpec spec = spec(ChoiceScoring.RIGHT_MINUS_WRONG);

        ChoiceResult result = grader.grade(spec, key(spec), answer("q2", "a,b,c,d", "q3", "a,b,c,d"));

        // q2: (2 - 2) / 2 = 0; q3: (3 - 1) / 3 = 2/3; a wrong-only pick is clamped: see the next assertion
        assertThat(result.questions()).extracting(QuestionFeedback::score).containsExactly(0.0, 0.0, 2.0 / 3.0);
        assertThat(ChoiceScoring.RIGHT_MINUS_WRONG.score(0, 3, 1)).isZero();
    }

    @Test
    void unansweredQuestionsCountZero() {
        ChoiceSpec spec = spec(ChoiceScoring.RIGHT_MINUS_WRONG);

        ChoiceResult result = grader.grade(spec, key(spec), answer("q1", "b", "q2", ""));

        // q1: 1, q2 selected nothing: 0, q3 absent: 0
        assertThat(result.score()).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(grader.grade(spec, key(spec), new ChoiceAnswer(null)).score()).isZero();
    }

    @Test
    void feedbackExplainsEveryOptionInTheQuestionOrder() {
        ChoiceSpec spec = spec(ChoiceScoring.ALL_OR_NOTHING);

        QuestionFeedback q1 = grader.grade(spec, key(spec), answer("q1", "a")).questions().getFirst();

        assertThat(q1.questionId()).isEqualTo("q1");
        assertThat(q1.options()).extracting(OptionFeedback::optionId, OptionFeedback::correct, OptionFeedback::selected)
                .containsExactly(
                        tuple("a", false, true),
                        tuple("b", true, false),
                        tuple("c", false, false));
        assertThat(q1.options().get(0).explanation().in(Locale.FRENCH)).isEqualTo("Le profil masque la ville.");
        assertThat(q1.options().get(2).explanation()).isNull();
    }

    @Test
    void aKeyMissingAQuestionIsASpecProblem() {
        ChoiceSpec spec = spec(ChoiceScoring.ALL_OR_NOTHING);
        ChoiceKey partial = new ChoiceKey(Map.of("q1", new QuestionKey(List.of("b"), null)));

        assertThatThrownBy(() -> grader.grade(spec, partial, answer()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e ->
                        assertThat(e.problems().getFirst().field()).isEqualTo("key.q2"));
    }

    @Test
    void everyRecordIsAPlainJsonTree() {
        for (Class<?> type : List.of(ChoiceSpec.class, ChoiceKey.class, ChoiceAnswer.class, ChoiceResult.class)) {
            JsonShape.assertPlain(type);
        }
    }
}
