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
import org.tnracademy.exercises.ScoringRule;

class LabellingGraderTest {

    private static final LabellingSpec SPEC = LabellingSpec.of(List.of("doxing", "harassment", "benign"),
            LabellingScoring.MACRO_F1);
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
    void theSameWorkedExampleByAccuracyAndByMicroF1() {
        Map<String, String> answer = Map.of("i1", "doxing", "i2", "harassment", "i3", "harassment",
                "i5", "benign", "i6", "doxing");
        // 3 right of 6 items, 5 labelled
        LabellingResult accuracy = grader.grade(with(LabellingScoring.ACCURACY), KEY, new LabellingAnswer(answer));
        assertThat(accuracy.score()).isEqualTo(0.5);
        assertThat(accuracy.scoring()).isEqualTo(LabellingScoring.ACCURACY);
        // micro: precision 3/5, recall 3/6 -> F1 = 2·3 / (5 + 6) = 6/11
        LabellingResult micro = grader.grade(with(LabellingScoring.MICRO_F1), KEY, new LabellingAnswer(answer));
        assertThat(micro.score()).isCloseTo(6.0 / 11.0, within(1e-12));
        assertThat(micro.scoringRule()).isEqualTo(ScoringRule.LABELLING_MICRO_F1);
    }

    /** The case of issue 12: 99 of 100 items right and one label the key never uses. */
    @Test
    void ninetyNineOfAHundredRightWithOneStrayLabelScoresAsIntuitionSaysUnderEveryRule() {
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        Map<String, String> stray = new LinkedHashMap<>();
        for (int i = 1; i <= 100; i++) {
            String item = String.format("p%03d", i);
            entries.put(item, new KeyEntry("benign", null));
            stray.put(item, i == 100 ? "doxing" : "benign");
        }
        LabellingKey key = new LabellingKey(entries);
        Map<String, String> blank = new LinkedHashMap<>(stray);
        blank.remove("p100");
        List<String> labels = List.of("benign", "doxing");

        // accuracy: 99/100 either way
        assertThat(score(labels, LabellingScoring.ACCURACY, key, stray)).isEqualTo(0.99);
        assertThat(score(labels, LabellingScoring.ACCURACY, key, blank)).isEqualTo(0.99);
        // macro-F1 over the key's labels (benign only): tp 99, fp 0, fn 1 -> 198/199 either way
        assertThat(score(labels, LabellingScoring.MACRO_F1, key, stray)).isCloseTo(198.0 / 199.0, within(1e-12));
        assertThat(score(labels, LabellingScoring.MACRO_F1, key, blank)).isCloseTo(198.0 / 199.0, within(1e-12));
        // micro-F1: 2·99 / (100 labelled + 100 items) = 0.99; blank: 2·99 / (99 + 100) = 198/199
        assertThat(score(labels, LabellingScoring.MICRO_F1, key, stray)).isCloseTo(0.99, within(1e-12));
        assertThat(score(labels, LabellingScoring.MICRO_F1, key, blank)).isCloseTo(198.0 / 199.0, within(1e-12));
    }

    @Test
    void macroF1AveragesOnlyTheKeysLabelsButAWrongKeyLabelStillCostsPrecision() {
        LabellingSpec spec = LabellingSpec.of(List.of("doxing", "benign", "smear"), LabellingScoring.MACRO_F1);
        LabellingKey key = key("a", "doxing", "b", "doxing", "c", "benign");
        // a -> smear (stray), b -> benign (a key label, wrong), c -> benign
        // doxing: tp 0, fn 2 -> F1 0; benign: tp 1, fp 1 -> F1 2/3; smear not averaged
        LabellingResult result = grader.grade(spec, key, new LabellingAnswer(Map.of("a", "smear", "b", "benign",
                "c", "benign")));
        assertThat(result.score()).isCloseTo(1.0 / 3.0, within(1e-12));
        // smear is still reported per label, with its false positive
        assertThat(result.perLabel().get(2)).extracting(LabelMetrics::label, LabelMetrics::falsePositives)
                .containsExactly("smear", 1);
    }

    @Test
    void aSpecWithoutARuleIsScoredByAccuracy() {
        // three of four right: accuracy 3/4, while macro F1 would be (6/7 + 0) / 2 = 3/7
        LabellingKey key = key("a", "doxing", "b", "doxing", "c", "doxing", "d", "benign");
        LabellingAnswer answer = new LabellingAnswer(Map.of("a", "doxing", "b", "doxing", "c", "doxing",
                "d", "doxing"));
        List<String> labels = List.of("doxing", "benign");
        for (LabellingSpec spec : List.of(LabellingSpec.of(labels), new LabellingSpec(labels),
                new LabellingSpec(labels, null))) {
            assertThat(grader.grade(spec, key, answer).score()).as("%s", spec).isCloseTo(0.75, within(1e-12));
        }
    }

    @Test
    void aResultStoredBeforeRulesWereNamedSaysItWasScoredByTheOldMacroF1() {
        LabellingResult old = new LabellingResult(0.5, List.of(), List.of(), new ConfusionMatrix(List.of(), List.of()),
                0, 0, null);
        assertThat(old.scoringRule()).isEqualTo(ScoringRule.LABELLING_MACRO_F1_KEY_AND_ANSWER_LABELS);
    }

    private double score(List<String> labels, LabellingScoring scoring, LabellingKey key, Map<String, String> answer) {
        return grader.grade(LabellingSpec.of(labels, scoring), key, new LabellingAnswer(answer)).score();
    }

    private static LabellingSpec with(LabellingScoring scoring) {
        return LabellingSpec.of(SPEC.labels(), scoring);
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
        assertThatThrownBy(() -> LabellingSpec.of(List.of("doxing"), null))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("scoring"));
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
