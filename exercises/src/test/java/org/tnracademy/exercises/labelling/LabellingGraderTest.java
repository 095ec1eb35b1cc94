package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;

class LabellingGraderTest {

    private static final LabellingSpec SPEC = LabellingSpec.of(List.of("doxing", "harassment", "benign"));
    private static final LabellingKey KEY = key("i1", "doxing", "i2", "doxing", "i3", "harassment",
            "i4", "harassment", "i5", "benign", "i6", "benign");

    private final LabellingGrader grader = new LabellingGrader();

    @Test
    void workedExampleGivesMacroF1OverTheLabels() {
        Map<String, String> answer = new HashMap<>();
        answer.put("i1", "doxing");
        answer.put("i2", "harassment");
        answer.put("i3", "harassment");
        // i4 left unlabelled
        answer.put("i5", "benign");
        answer.put("i6", "doxing");

        LabellingResult result = grader.grade(SPEC, KEY, new LabellingAnswer(answer));

        // doxing:     tp 1 (i1), fp 1 (i6), fn 1 (i2)  -> P .5, R .5, F1 .5
        // harassment: tp 1 (i3), fp 1 (i2), fn 1 (i4)  -> P .5, R .5, F1 .5
        // benign:     tp 1 (i5), fp 0,      fn 1 (i6)  -> P 1,  R .5, F1 2/3
        // macro-F1 = (1/2 + 1/2 + 2/3) / 3 = 5/9
        assertThat(result.score()).isCloseTo(5.0 / 9.0, within(1e-12));
        assertThat(result.correctCount()).isEqualTo(3);
        assertThat(result.itemCount()).isEqualTo(6);
        LabelMetrics benign = result.perLabel().get(2);
        assertThat(benign.label()).isEqualTo("benign");
        assertThat(benign.precision()).isEqualTo(1.0);
        assertThat(benign.recall()).isEqualTo(0.5);
        assertThat(benign.f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(result.perLabel().get(0)).extracting(LabelMetrics::truePositives, LabelMetrics::falsePositives,
                LabelMetrics::falseNegatives, LabelMetrics::support).containsExactly(1, 1, 1, 2);
    }

    @Test
    void confusionMatrixCountsRightAgainstGivenWithAnUnlabelledColumn() {
        LabellingResult result = grader.grade(SPEC, KEY, new LabellingAnswer(Map.of("i1", "doxing",
                "i2", "harassment", "i3", "harassment", "i5", "benign", "i6", "doxing")));
        ConfusionMatrix m = result.confusion();
        assertThat(m.counts()).containsExactly(List.of(1, 1, 0, 0), List.of(0, 1, 0, 1), List.of(1, 0, 1, 0));
        assertThat(m.count("harassment", null)).isEqualTo(1);
        assertThat(m.count("benign", "doxing")).isEqualTo(1);
    }

    @Test
    void feedbackFollowsKeyOrderAndCarriesTheExplanation() {
        LabellingResult result = grader.grade(SPEC, KEY, new LabellingAnswer(Map.of("i1", "benign")));
        assertThat(result.items()).extracting(ItemFeedback::itemId).containsExactly("i1", "i2", "i3", "i4", "i5", "i6");
        ItemFeedback first = result.items().getFirst();
        assertThat(first.correct()).isFalse();
        assertThat(first.givenLabel()).isEqualTo("benign");
        assertThat(first.expectedLabel()).isEqualTo("doxing");
        assertThat(first.explanation().in(java.util.Locale.FRENCH)).isEqualTo("pourquoi i1");
        assertThat(result.items().get(1).givenLabel()).isNull();
    }

    @Test
    void aLabelGivenButAbsentFromTheKeyCountsAgainstTheScore() {
        LabellingSpec spec = LabellingSpec.of(List.of("doxing", "benign"));
        LabellingKey key = key("a", "doxing", "b", "doxing");
        // doxing: tp 1, fn 1 -> F1 2/3; benign: fp 1 -> F1 0; macro over both = 1/3
        LabellingResult result = grader.grade(spec, key, new LabellingAnswer(Map.of("a", "doxing", "b", "benign")));
        assertThat(result.score()).isCloseTo(1.0 / 3.0, within(1e-12));
    }

    @Test
    void everyInvalidPartOfAnAnswerIsNamedAtOnce() {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("i1", "doxing");
        answer.put("ghost", "doxing");
        answer.put("i2", "slander");
        answer.put("i3", " ");
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, new LabellingAnswer(answer)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.problems()).extracting(AnswerProblem::code).containsExactlyInAnyOrder(
                            AnswerProblem.Code.UNKNOWN_ITEM, AnswerProblem.Code.UNKNOWN_LABEL,
                            AnswerProblem.Code.MISSING_VALUE);
                    assertThat(e.getMessage()).contains("ghost", "slander", "i3");
                });
    }

    @Test
    void aNullLabelIsAMissingValueNotACrash() {
        Map<String, String> answer = new HashMap<>();
        answer.put("i1", null);
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, new LabellingAnswer(answer)))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e ->
                        assertThat(e.problems().getFirst().code()).isEqualTo(AnswerProblem.Code.MISSING_VALUE));
    }

    @Test
    void specsAndKeysWithMistakesAreRefusedWithTheField() {
        assertThatThrownBy(() -> LabellingSpec.of(List.of("doxing", "Doxing", "doxing", "")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("labels[1]", "labels[2]", "labels[3]"));
        assertThatThrownBy(() -> LabellingKey.validated(SPEC, Map.of("x", new KeyEntry("smear", null))))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("key.x");
        assertThatThrownBy(() -> LabellingKey.validated(SPEC, Map.of())).isInstanceOf(InvalidSpecException.class);
    }

    static LabellingKey key(String... itemLabelPairs) {
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < itemLabelPairs.length; i += 2) {
            String item = itemLabelPairs[i];
            entries.put(item, new KeyEntry(itemLabelPairs[i + 1], LocalizedText.of("why " + item, "pourquoi " + item)));
        }
        return new LabellingKey(entries);
    }
}
