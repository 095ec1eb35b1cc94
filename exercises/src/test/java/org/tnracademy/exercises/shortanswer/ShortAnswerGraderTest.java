package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tnracademy.exercises.shortanswer.ShortAnswerFixtures.SPEC;
import static org.tnracademy.exercises.shortanswer.ShortAnswerFixtures.key;
import static org.tnracademy.exercises.shortanswer.ShortAnswerFixtures.response;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.JsonShape;

class ShortAnswerGraderTest {

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    @Test
    void theScoreIsTheShareOfQuestionsAnsweredRight() {
        ShortAnswerResult result = grader.grade(SPEC, key(), response(
                "handle", "  @Nadia_K_Writes ",          // right: normalised equal
                "domain", "HTTPS://www.Example-Leaks.net/", // right: by pattern
                "date", "14/03/2025"));                   // wrong format; phone unanswered

        // 2 right of 4 = 1/2
        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.correctCount()).isEqualTo(2);
        assertThat(result.questionCount()).isEqualTo(4);
        assertThat(result.questions()).extracting(ShortAnswerFeedback::correct)
                .containsExactly(true, true, false, false);
    }

    @Test
    void feedbackKeepsTheTextAsTypedAndShowsTheAcceptedAnswers() {
        ShortAnswerResult result = grader.grade(SPEC, key(), response("handle", "  @Nadia_K_Writes ", "date", "  "));

        ShortAnswerFeedback handle = result.questions().getFirst();
        assertThat(handle.questionId()).isEqualTo("handle");
        assertThat(handle.given()).isEqualTo("  @Nadia_K_Writes ");
        assertThat(handle.accepted()).containsExactly("@nadia_k_writes", "nadia_k_writes");
        assertThat(handle.explanation().in(Locale.FRENCH)).isEqualTo("Le compte qui a publié l'adresse.");
        // a blank text is no answer
        assertThat(result.questions().get(2).given()).isNull();
        assertThat(result.questions().get(3).given()).isNull();
        assertThat(result.questions().get(3).accepted()).isEmpty();
    }

    @Test
    void aPatternMustMatchTheWholeAnswer() {
        assertThat(correct("domain", "example-leaks.net.attacker.example")).isFalse();
        assertThat(correct("domain", "see example-leaks.net")).isFalse();
        assertThat(correct("phone", "+33 6 12 34 56 78")).isTrue();
        assertThat(correct("phone", "＋３３６１２３４５６７８")).isTrue();
        assertThat(correct("phone", "+33 6 12 34 56 78 99")).isFalse();
    }

    @Test
    void fullWidthAndCaseVariantsOfAnAcceptedAnswerAreRight() {
        assertThat(correct("handle", "＠ＮＡＤＩＡ＿Ｋ＿ＷＲＩＴＥＳ")).isTrue();
        assertThat(correct("date", "\u00A02025-03-14")).isTrue();
        assertThat(correct("date", "2025-3-14")).isFalse();
    }

    @Test
    void aKeyMissingAQuestionIsASpecProblem() {
        ShortAnswerKey partial = new ShortAnswerKey(Map.of("handle", new AcceptedAnswers(List.of("x"), null, null)));

        assertThatThrownBy(() -> grader.grade(SPEC, partial, response()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e ->
                        assertThat(e.problems().getFirst().field()).isEqualTo("key.domain"));
    }

    @Test
    void everyRecordIsAPlainJsonTree() {
        for (Class<?> type : List.of(ShortAnswerSpec.class, ShortAnswerKey.class, ShortAnswerResponse.class,
                ShortAnswerResult.class)) {
            JsonShape.assertPlain(type);
        }
    }

    private boolean correct(String question, String text) {
        return grader.grade(SPEC, key(), response(question, text)).questions().stream()
                .filter(q -> q.questionId().equals(question)).findFirst().orElseThrow().correct();
    }
}
