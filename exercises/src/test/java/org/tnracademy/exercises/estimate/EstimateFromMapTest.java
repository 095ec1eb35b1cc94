package org.tnracademy.exercises.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** Reading spec, key and answer from the plain tree a YAML or JSON parser gives. */
class EstimateFromMapTest {

    static final Map<String, Object> SPEC_MAP = Map.of("questions", List.of(
            Map.of("id", "q-place", "kind", "location", "prompt", Map.of("en", "Where?", "fr", "Où ?"),
                    "tolerance", 2, "zeroCredit", 12.5),
            Map.of("id", "q-accounts", "kind", "number", "prompt", Map.of("en", "How many accounts?"),
                    "unit", "accounts", "error", "relative", "tolerance", 0.1, "zeroCredit", 0.5,
                    "decay", "exponential")));

    static final Map<String, Object> KEY_MAP = Map.of("exercise", "place-the-photo", "answers", List.of(
            Map.of("question", "q-place", "latitude", 43.2, "longitude", 5.4, "explanation", Map.of("en", "Harbour")),
            Map.of("question", "q-accounts", "value", 120, "explanation", Map.of("en", "Count them"))));

    @Test
    void readsASpecKeyAndAnswer() {
        EstimateSpec spec = EstimateSpec.fromMap(SPEC_MAP);
        assertThat(spec.questions()).extracting(EstimateQuestion::kind, EstimateQuestion::unit,
                EstimateQuestion::errorMode, EstimateQuestion::zeroCredit, EstimateQuestion::decay).containsExactly(
                tuple(QuestionKind.LOCATION, "km", ErrorMode.ABSOLUTE, 12.5, Decay.LINEAR),
                tuple(QuestionKind.NUMBER, "accounts", ErrorMode.RELATIVE, 0.5, Decay.EXPONENTIAL));
        EstimateKey key = EstimateKey.fromMap(spec, KEY_MAP);
        assertThat(key.byQuestion().get("q-place").expected()).isEqualTo(new GeoPoint(43.2, 5.4));

        EstimateAnswer answer = EstimateAnswer.fromMap(spec, Map.of("answers", Map.of(
                "q-place", Map.of("latitude", 43.2, "longitude", 5.4), "q-accounts", 120L)));
        assertThat(answer.byQuestion()).containsEntry("q-accounts", new NumberValue(120));
        assertThat(new EstimateGrader().grade(spec, key, answer).score()).isEqualTo(1.0);
        assertThat(EstimateAnswer.fromMap(spec, Map.of()).byQuestion()).isEmpty();
    }

    @Test
    void everyProblemOfASpecIsNamedAtOnce() {
        Map<String, Object> map = Map.of("questions", List.of(
                Map.of("id", "q1", "kind", "location", "prompt", Map.of("en", "?"), "tolerance", 5, "zeroCredit", 5),
                Map.of("id", "q1", "kind", "location", "prompt", Map.of("en", "?"), "tolerance", -1, "zeroCredit", 5),
                Map.of("id", "q3", "kind", "location", "prompt", Map.of("en", "?"), "tolerance", 1, "zeroCredit", 5,
                        "unit", "miles"),
                Map.of("id", "q4", "kind", "guess", "prompt", Map.of("en", "?"), "tolerance", 1, "zeroCredit", 5),
                Map.of("id", "q5", "kind", "number", "prompt", Map.of("fr", "?"), "tolerance", "1", "zeroCredit", 5,
                        "decay", "cubic")));
        assertThatThrownBy(() -> EstimateSpec.fromMap(map)).hasMessageContaining(
                "questions[2].unit: unknown field; expected one of [decay, id, kind, picture, prompt, tolerance, zeroCredit]");
        assertThatThrownBy(() -> EstimateSpec.fromMap(map)).isInstanceOfSatisfying(InvalidSpecException.class, e ->
                assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                        "questions[2].unit", "questions[3].kind", "questions[4].tolerance", "questions[4].decay",
                        "questions[0].zeroCredit", "questions[1].id", "questions[1].tolerance",
                        "questions[4].prompt.en"));
        assertThatThrownBy(() -> EstimateSpec.fromMap(Map.of("questions", List.of())))
                .hasMessageContaining("questions: at least one question is required");
    }

    @Test
    void everyProblemOfAKeyIsNamedAtOnce() {
        EstimateSpec spec = EstimateSpec.fromMap(SPEC_MAP);
        Map<String, Object> zeroTruth = new LinkedHashMap<>();
        zeroTruth.put("question", "q-accounts");
        zeroTruth.put("value", 0);
        zeroTruth.put("explanation", Map.of("en", "none"));
        Map<String, Object> map = Map.of("answers", List.of(
                Map.of("question", "q-place", "latitude", 91, "longitude", 5.4, "explanation", Map.of("en", "x")),
                Map.of("question", "q-place", "value", 3, "explanation", Map.of("en", "x")),
                Map.of("question", "q-other", "value", 3, "explanation", Map.of("en", "x")),
                zeroTruth));
        assertThatThrownBy(() -> EstimateKey.fromMap(spec, map)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> {
                    assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                            "answers[1].value", "answers[1].latitude", "answers[1].longitude",
                            "answers[0]", "answers[2].question", "answers[3].value");
                    assertThat(e.getMessage()).contains("latitude 91.0 is not between -90 and 90",
                            "a relative error is measured against the true value, which cannot be 0");
                });
        assertThatThrownBy(() -> EstimateKey.fromMap(spec, Map.of("answers", List.of(
                Map.of("question", "q-place", "latitude", 1, "longitude", 2, "explanation", Map.of("en", "x"))))))
                .hasMessageContaining("answers: question 'q-accounts' has no answer");
    }

    @Test
    void everyProblemOfAnAnswerIsNamedWithItsPath() {
        EstimateSpec spec = EstimateSpec.fromMap(SPEC_MAP);
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("q-place", Map.of("latitude", "43.2 N", "longitude", 5.4, "altitude", 10));
        answers.put("q-accounts", Map.of("value", 120));
        answers.put("q-extra", 3);
        assertThatThrownBy(() -> EstimateAnswer.fromMap(spec, Map.of("answers", answers)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("answers.q-place.altitude", Code.UNKNOWN_FIELD),
                                tuple("answers.q-place.latitude", Code.WRONG_TYPE),
                                tuple("answers.q-accounts", Code.WRONG_TYPE),
                                tuple("answers.q-extra", Code.UNKNOWN_ITEM)));
        assertThatThrownBy(() -> EstimateAnswer.fromMap(spec, Map.of("answers", Map.of("q-place", 43.2))))
                .hasMessageContaining("answers.q-place: question 'q-place' asks for a place {latitude, longitude}");
    }
}
