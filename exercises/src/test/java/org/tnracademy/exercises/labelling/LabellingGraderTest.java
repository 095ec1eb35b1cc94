package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tnracademy.exercises.labelling.Keys.answer;
import static org.tnracademy.exercises.labelling.Keys.key;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;

class LabellingGraderTest {

    private static final LabellingSpec SPEC = LabellingSpec.of(List.of("doxing", "harassment", "benign"));
    private static final LabellingKey KEY = key("i1", "doxing", "i2", "doxing", "i3", "harassment",
            "i4", "harassment", "i5", "benign", "i6", "benign");
    // i2 and i6 mislabelled, i4 left unlabelled
    private static final LabellingAnswer ANSWER = answer("i1", "doxing", "i2", "harassment", "i3", "harassment",
            "i5", "benign", "i6", "doxing");

    private final LabellingGrader grader = new LabellingGrader();

    @Test
    void sixItemsThreeLabelsScoreTheMeanOfThePerLabelF1() {
        LabellingResult result = grader.grade(SPEC, KEY, ANSWER);

        // doxing:     tp 1 (i1), fp 1 (i6), fn 1 (i2)  -> P 1/2, R 1/2, F1 1/2
        // harassment: tp 1 (i3), fp 1 (i2), fn 1 (i4)  -> P 1/2, R 1/2, F1 1/2
        // benign:     tp 1 (i5), fp 0,      fn 1 (i6)  -> P 1,   R 1/2, F1 2/3
        // macro-F1 = (1/2 + 1/2 + 2/3) / 3 = 5/9
        assertThat(result.score()).isCloseTo(5.0 / 9.0, within(1e-12));
        assertThat(result.correctCount()).isEqualTo(3);
        assertThat(result.itemCount()).isEqualTo(6);
    }

    @Test
    void perLabelMetricsFollowTheSpecOrderWithTheirCounts() {
        List<LabelMetrics> perLabel = grader.grade(SPEC, KEY, ANSWER).perLabel();

        assertThat(perLabel).extracting(LabelMetrics::label).containsExactly("doxing", "harassment", "benign");
        assertThat(perLabel.get(0)).isEqualTo(new LabelMetrics("doxing", 2, 1, 1, 1, 0.5, 0.5, 0.5));
        assertThat(perLabel.get(1)).isEqualTo(new LabelMetrics("harassment", 2, 1, 1, 1, 0.5, 0.5, 0.5));
        LabelMetrics benign = perLabel.get(2);
        assertThat(benign).extracting(LabelMetrics::support, LabelMetrics::truePositives,
                LabelMetrics::falsePositives, LabelMetrics::falseNegatives).containsExactly(2, 1, 0, 1);
        assertThat(benign.precision()).isEqualTo(1.0);
        assertThat(benign.recall()).isEqualTo(0.5);
        assertThat(benign.f1()).isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void confusionMatrixCountsRightLabelAgainstGivenLabelWithAnUnlabelledColumn() {
        ConfusionMatrix m = grader.grade(SPEC, KEY, ANSWER).confusion();

        assertThat(m.labels()).containsExactly("doxing", "harassment", "benign");
        //                              doxing harassment benign unlabelled
        assertThat(m.counts()).containsExactly(
                List.of(1, 1, 0, 0),   // doxing:     i1 right, i2 as harassment
                List.of(0, 1, 0, 1),   // harassment: i3 right, i4 unlabelled
                List.of(1, 0, 1, 0));  // benign:     i6 as doxing, i5 right
        assertThat(m.count("harassment", null)).isEqualTo(1);
        assertThat(m.count("benign", "doxing")).isEqualTo(1);
        assertThat(m.count("doxing", "benign")).isZero();
        assertThatThrownBy(() -> m.count("smear", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feedbackFollowsTheKeyOrderAndCarriesTheExplanation() {
        List<ItemFeedback> items = grader.grade(SPEC, KEY, ANSWER).items();

        assertThat(items).extracting(ItemFeedback::itemId).containsExactly("i1", "i2", "i3", "i4", "i5", "i6");
        assertThat(items).extracting(ItemFeedback::correct).containsExactly(true, false, true, false, true, false);
        assertThat(items.get(1)).isEqualTo(new ItemFeedback("i2", "doxing", "harassment", false,
                LocalizedText.of("why i2", "pourquoi i2")));
        assertThat(items.get(3).givenLabel()).isNull();
        assertThat(items.get(3).explanation().in(Locale.FRENCH)).isEqualTo("pourquoi i4");
    }

    @Test
    void aLabelGivenButAbsentFromTheKeyCountsWithF1Zero() {
        LabellingSpec spec = LabellingSpec.of(List.of("doxing", "sexualized-smear", "threat-to-family", "benign"));
        LabellingKey key = key("a", "doxing", "b", "doxing", "c", "sexualized-smear", "d", "sexualized-smear",
                "e", "benign", "f", "benign");
        LabellingAnswer answer = answer("a", "doxing", "b", "doxing", "c", "threat-to-family",
                "d", "sexualized-smear", "e", "benign");

        LabellingResult result = grader.grade(spec, key, answer);

        // doxing:           tp 2, fp 0, fn 0           -> F1 1
        // sexualized-smear: tp 1, fp 0, fn 1 (c)       -> F1 2/3
        // threat-to-family: tp 0, fp 1 (c), support 0  -> F1 0, averaged because it was given
        // benign:           tp 1, fp 0, fn 1 (f)       -> F1 2/3
        // macro-F1 = (1 + 2/3 + 0 + 2/3) / 4 = 7/12
        assertThat(result.score()).isCloseTo(7.0 / 12.0, within(1e-12));
        assertThat(result.perLabel().get(2)).isEqualTo(new LabelMetrics("threat-to-family", 0, 0, 1, 0, 0, 0, 0));
    }

    @Test
    void aLabelNeitherInTheKeyNorGivenIsLeftOutOfTheAverage() {
        LabellingSpec spec = LabellingSpec.of(List.of("doxing", "threat-to-family", "benign"));
        LabellingKey key = key("a", "doxing", "b", "benign");

        LabellingResult result = grader.grade(spec, key, answer("a", "doxing", "b", "benign"));

        // threat-to-family has F1 0 but nothing to find and nothing claimed: the score stays (1 + 1) / 2
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.perLabel().get(1).f1()).isZero();
    }

    @Test
    void anEmptyAnswerScoresZeroWithEveryItemUnlabelled() {
        LabellingResult result = grader.grade(SPEC, KEY, new LabellingAnswer(null));

        assertThat(result.score()).isZero();
        assertThat(result.correctCount()).isZero();
        assertThat(result.confusion().counts()).allSatisfy(row -> assertThat(row.getLast()).isEqualTo(2));
        assertThat(result.items()).allSatisfy(item -> assertThat(item.givenLabel()).isNull());
    }

    @Test
    void aKeyWhoseLabelIsNotInTheSpecIsRefusedAsASpecProblem() {
        assertThatThrownBy(() -> grader.grade(SPEC, key("x", "smear"), answer()))
                .isInstanceOfSatisfying(InvalidSpecException.class, e ->
                        assertThat(e.problems().getFirst().field()).isEqualTo("key.x"));
    }
}
