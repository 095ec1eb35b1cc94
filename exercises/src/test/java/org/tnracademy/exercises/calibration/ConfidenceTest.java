package org.tnracademy.exercises.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.ItemResponse;

class ConfidenceTest {

    private static final ConfidencePolicy PER_ITEM_COUNTED = new ConfidencePolicy(ConfidenceAsk.PER_ITEM, 0.2);
    private static final ConfidencePolicy PER_ANSWER_SHOWN = new ConfidencePolicy(ConfidenceAsk.PER_ANSWER, 0);

    @Test
    void aCountedPerItemConfidenceMustCoverEveryItemAndNameWhatIsWrongByPath() {
        InvalidAnswerException e = catchThrowableOfType(InvalidAnswerException.class, () -> Confidence.read(
                Map.of("items", Map.of("q1", 85, "q9", 50)), PER_ITEM_COUNTED, List.of("q1", "q2")));
        assertThat(e.problems()).extracting(AnswerProblem::where)
                .containsExactlyInAnyOrder("confidence.items.q1", "confidence.items.q9", "confidence.items.q2");
        assertThat(e.problems()).extracting(AnswerProblem::code).containsExactlyInAnyOrder(
                AnswerProblem.Code.OUT_OF_RANGE, AnswerProblem.Code.UNKNOWN_ITEM, AnswerProblem.Code.MISSING_VALUE);
    }

    @Test
    void aShownConfidenceMayBeLeftOutButNotGivenInTheWrongShape() {
        assertThat(Confidence.read(null, PER_ANSWER_SHOWN, List.of()).isEmpty()).isTrue();
        assertThat(Confidence.read(Map.of("answer", 70), PER_ANSWER_SHOWN, List.of()).answer()).isEqualTo(70);
        InvalidAnswerException e = catchThrowableOfType(InvalidAnswerException.class, () -> Confidence.read(
                Map.of("answer", "sure", "items", Map.of()), PER_ANSWER_SHOWN, List.of()));
        assertThat(e.problems()).extracting(AnswerProblem::where)
                .containsExactlyInAnyOrder("confidence.answer", "confidence.items");
    }

    @Test
    void anExerciseAskingNothingRefusesAConfidence() {
        assertThat(catchThrowableOfType(InvalidAnswerException.class, () -> Confidence.read(
                Map.of("answer", 50), ConfidencePolicy.NOT_ASKED, List.of())).problems())
                .extracting(AnswerProblem::where).containsExactly("confidence");
    }

    @Test
    void tooManyItemsAreRefusedBeforeTheyAreRead() {
        Map<String, Object> many = new java.util.HashMap<>();
        for (int i = 0; i <= Confidence.MAX_ITEMS; i++) {
            many.put("i" + i, 50);
        }
        assertThat(catchThrowableOfType(InvalidAnswerException.class, () -> Confidence.read(
                Map.of("items", many), PER_ITEM_COUNTED, List.of())).problems())
                .extracting(AnswerProblem::code).containsExactly(AnswerProblem.Code.TOO_LARGE);
    }

    @Test
    void perItemClaimsTakeEachItemsCreditAndPerAnswerTheScore() {
        List<ItemResponse> items = List.of(new ItemResponse("q1", "a", "a", true),
                new ItemResponse("q2", "b", "c", false), new ItemResponse("q3", "b", "b", true));
        Confidence perItem = new Confidence(null, Map.of("q1", 90, "q2", 80));
        assertThat(Calibration.points(perItem, 0.67, items))
                .containsExactly(new CalibrationPoint(0.9, 1), new CalibrationPoint(0.8, 0));
        assertThat(Calibration.points(new Confidence(60, Map.of()), 0.67, items))
                .containsExactly(new CalibrationPoint(0.6, 0.67));
        assertThat(Calibration.of(List.of())).isNull();
    }

    @Test
    void overClaimingNeedsBothTheGapAndEnoughClaims() {
        List<CalibrationPoint> nine = java.util.Collections.nCopies(9, new CalibrationPoint(0.9, 0));
        assertThat(OverClaiming.flags(Calibration.of(nine))).isFalse();
        List<CalibrationPoint> ten = new java.util.ArrayList<>(java.util.Collections.nCopies(10, new CalibrationPoint(0.8, 0.7)));
        assertThat(OverClaiming.flags(Calibration.of(ten))).as("a gap of 0.10 is within the threshold").isFalse();
        ten.set(0, new CalibrationPoint(0.8, 0));
        assertThat(OverClaiming.flags(Calibration.of(ten))).as("a gap of 0.17").isTrue();
    }

    @Test
    void aWeightBeyondHalfOrWithoutAskingIsRefused() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new ConfidencePolicy(ConfidenceAsk.PER_ITEM, 0.6))).hasMessageContaining("0.5");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new ConfidencePolicy(null, 0.1))).isNotNull();
    }
}
