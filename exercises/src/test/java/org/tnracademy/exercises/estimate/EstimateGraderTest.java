package org.tnracademy.exercises.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.Geo;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.LocalizedText;

class EstimateGraderTest {

    static final EstimateSpec SPEC = EstimateSpec.of(List.of(
            EstimateQuestion.location("q-place", text("Where was the photo of the target's door taken?"), 2, 12,
                    Decay.LINEAR),
            EstimateQuestion.number("q-accounts", text("How many accounts shared the address in the first hour?"),
                    "accounts", ErrorMode.RELATIVE, 0.1, 0.5, Decay.LINEAR),
            EstimateQuestion.number("q-days", text("How many days passed between the first threat and the doxing?"),
                    "days", ErrorMode.ABSOLUTE, 1, 5, Decay.EXPONENTIAL)));

    static final EstimateKey KEY = EstimateKey.validated(SPEC, List.of(
            new KeyAnswer("q-place", new GeoPoint(43.20, 5.40), text("Tarrun harbour: the crane and the ferry sign.")),
            new KeyAnswer("q-accounts", new NumberValue(120), text("Count the shares before 21:30.")),
            new KeyAnswer("q-days", new NumberValue(9), text("4 to 13 March."))));

    private final EstimateGrader grader = new EstimateGrader();

    @Test
    void workedExampleAveragesTheCreditOfEachQuestion() {
        EstimateResult r = grader.grade(SPEC, KEY, answer(Map.of(
                "q-place", new GeoPoint(43.25, 5.40),
                "q-accounts", new NumberValue(150),
                "q-days", new NumberValue(9))));

        // q-place: 0.05 degrees north = 6371.0088 * 0.05 * pi/180 = 5.5598 km; tolerance 2, zero at 12, linear
        //   credit = 1 - (5.5598 - 2) / (12 - 2) = 0.64402
        double distance = Geo.EARTH_RADIUS_KM * Math.toRadians(0.05);
        QuestionFeedback place = r.questions().get(0);
        assertThat(place.error()).isCloseTo(distance, within(1e-9));
        assertThat(place.errorUnit()).isEqualTo("km");
        assertThat(place.credit()).isCloseTo(1 - (distance - 2) / 10, within(1e-12)).isCloseTo(0.64402, within(1e-5));
        // q-accounts: |150 - 120| / 120 = 0.25; tolerance 0.1, zero at 0.5: credit = 1 - 0.15 / 0.4 = 0.625
        QuestionFeedback accounts = r.questions().get(1);
        assertThat(accounts.error()).isCloseTo(0.25, within(1e-12));
        assertThat(accounts.errorUnit()).isEqualTo("relative");
        assertThat(accounts.credit()).isCloseTo(0.625, within(1e-12));
        // q-days: exact, credit 1
        assertThat(r.questions().get(2).credit()).isEqualTo(1.0);
        assertThat(r.questions().get(2).withinTolerance()).isTrue();
        // score = (0.64402 + 0.625 + 1) / 3 = 0.75634
        assertThat(r.score()).isCloseTo((1 - (distance - 2) / 10 + 0.625 + 1) / 3, within(1e-12))
                .isCloseTo(0.75634, within(1e-5));
        assertThat(r.answered()).isEqualTo(3);
    }

    @Test
    void exponentialDecayDropsFasterThanLinearAndStillEndsAtZero() {
        // q-days: 12 days for 9, error 3; x = (3 - 1) / (5 - 1) = 0.5
        //   credit = (e^-1.5 - e^-3) / (1 - e^-3) = (0.22313 - 0.04979) / 0.95021 = 0.18243
        EstimateResult r = grader.grade(SPEC, KEY, answer(Map.of("q-days", new NumberValue(12))));
        assertThat(r.questions().get(2).credit()).isCloseTo(0.18243, within(1e-5));
        assertThat(Decay.EXPONENTIAL.credit(5, 1, 5)).isZero();
        assertThat(Decay.EXPONENTIAL.credit(1, 1, 5)).isEqualTo(1.0);
        assertThat(Decay.LINEAR.credit(3, 1, 5)).isEqualTo(0.5);
    }

    @Test
    void anAbsoluteErrorIsInTheQuestionsUnit() {
        EstimateSpec spec = EstimateSpec.of(List.of(EstimateQuestion.number("q", text("?"), "days", ErrorMode.ABSOLUTE,
                1, 5, Decay.LINEAR)));
        EstimateKey key = EstimateKey.validated(spec, List.of(new KeyAnswer("q", new NumberValue(9), text("9"))));
        // error |6 - 9| = 3 days: credit = 1 - (3 - 1) / 4 = 0.5
        QuestionFeedback f = grader.grade(spec, key, answer(Map.of("q", new NumberValue(6)))).questions().getFirst();
        assertThat(f.error()).isEqualTo(3.0);
        assertThat(f.errorUnit()).isEqualTo("days");
        assertThat(f.credit()).isEqualTo(0.5);
    }

    @Test
    void anUnansweredQuestionEarnsNothingButShowsTheAnswer() {
        EstimateResult r = grader.grade(SPEC, KEY, answer(Map.of("q-days", new NumberValue(9))));
        // (0 + 0 + 1) / 3
        assertThat(r.score()).isCloseTo(1.0 / 3.0, within(1e-12));
        QuestionFeedback place = r.questions().getFirst();
        assertThat(place.given()).isNull();
        assertThat(place.error()).isNull();
        assertThat(place.credit()).isZero();
        assertThat(place.expected()).isEqualTo(new GeoPoint(43.20, 5.40));
        assertThat(place.explanation().in(java.util.Locale.ENGLISH)).contains("Tarrun harbour");
        assertThat(r.answered()).isEqualTo(1);
    }

    @Test
    void beyondTheZeroCreditDistanceNothingIsEarned() {
        // 1 degree of latitude is 111 km, far past 12 km
        EstimateResult r = grader.grade(SPEC, KEY, answer(Map.of("q-place", new GeoPoint(44.20, 5.40))));
        assertThat(r.questions().getFirst().credit()).isZero();
    }

    @Test
    void everyInvalidEstimateIsNamedAtOnce() {
        Map<String, Estimate> bad = new HashMap<>();
        bad.put("q-place", new GeoPoint(95, 5.4));
        bad.put("q-accounts", new GeoPoint(10, 10));
        bad.put("q-days", new NumberValue(Double.NaN));
        bad.put("q-unknown", new NumberValue(1));
        bad.put("q-nothing", null);
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, new EstimateAnswer(bad)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.problems()).extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                            tuple("answers.q-place", Code.OUT_OF_RANGE),
                            tuple("answers.q-accounts", Code.WRONG_TYPE),
                            tuple("answers.q-days", Code.OUT_OF_RANGE),
                            tuple("answers.q-nothing", Code.UNKNOWN_ITEM),
                            tuple("answers.q-unknown", Code.UNKNOWN_ITEM));
                    assertThat(e.getMessage()).contains("latitude 95.0 is not between -90 and 90",
                            "question 'q-accounts' asks for a number");
                });
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, answer(Map.of("q-place", new GeoPoint(0, 181)))))
                .hasMessageContaining("longitude 181.0 is not between -180 and 180");
        Map<String, Estimate> empty = new HashMap<>();
        empty.put("q-place", null);
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, new EstimateAnswer(empty)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems().getFirst())
                        .extracting(AnswerProblem::code).isEqualTo(Code.MISSING_VALUE));
    }

    static EstimateAnswer answer(Map<String, Estimate> estimates) {
        return new EstimateAnswer(estimates);
    }

    static LocalizedText text(String en) {
        return LocalizedText.of(en, null);
    }
}
