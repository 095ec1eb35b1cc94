package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.ScoringRule;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.labelling.LabellingScoring;
import org.tnracademy.exercises.labelling.LabellingType;

/**
 * A labelling grade keeps the score and the rule it was given: reading it back never recomputes it,
 * and only grading again (a regrade) applies the spec's rule, the new one when the spec changed.
 * The answer is the case of issue 12: 99 of 100 items right and one stray label.
 */
class StoredGradesKeepTheirRuleTest {

    private static final Map<String, Object> KEY = Map.of("items", items());
    private static final Map<String, Object> ANSWER = Map.of("labels", answer());

    @Test
    void aGradeStoredBeforeSpecsNamedARuleReadsBackWithItsOwnScoreAndTheOldRule() {
        // a result as it was stored before the scoring field existed: no "scoring", score by the old macro-F1
        LabellingResult graded = new LabellingType().gradeTrees(spec(null), KEY, ANSWER);
        Map<String, Object> stored = Json.read(Json.write(graded), Map.class);
        stored.remove("scoring");
        stored.put("score", 0.4975);

        LabellingResult read = (LabellingResult) TypedTrees.readResult(LabellingType.ID, Json.write(stored));

        assertThat(read.score()).isEqualTo(0.4975);
        assertThat(read.scoring()).isNull();
        assertThat(read.scoringRule()).isEqualTo(ScoringRule.LABELLING_MACRO_F1_KEY_AND_ANSWER_LABELS);
    }

    @Test
    void aStoredGradeReadsBackUnchangedWhateverTheRuleOfTheSpecNow() {
        LabellingResult graded = (LabellingResult) TypedTrees.grade(new LabellingType(), spec("micro-f1"), KEY, ANSWER);

        LabellingResult read = (LabellingResult) TypedTrees.readResult(LabellingType.ID, Json.write(graded));

        assertThat(read).isEqualTo(graded);
        assertThat(read.scoring()).isEqualTo(LabellingScoring.MICRO_F1);
        assertThat(read.score()).isCloseTo(0.99, within(1e-12));
    }

    @Test
    void aRegradeGradesTheStoredAnswerAgainWithTheRuleOfTheSpecItIsGivenEach() {
        AttemptRegrading regrading = new AttemptRegrading(null, null, null, null, null, null, null);
        GradedAnswer attempt = new GradedAnswer(1L, 2L, 1, 1, ANSWER, 0.0, 0.99, 0.99, Instant.EPOCH, 0L);

        Rescored byAccuracy = regrading.rescore(material(spec("accuracy")), KEY, attempt);
        Rescored byMacroF1 = regrading.rescore(material(spec("macro-f1")), KEY, attempt);
        Rescored byMicroF1 = regrading.rescore(material(spec("micro-f1")), KEY, attempt);

        assertThat(byAccuracy.rawScore()).isCloseTo(0.99, within(1e-12));
        assertThat(byMacroF1.rawScore()).isCloseTo(198.0 / 199.0, within(1e-12));
        assertThat(byMicroF1.rawScore()).isCloseTo(0.99, within(1e-12));
        assertThat(((LabellingResult) byMacroF1.result()).scoring()).isEqualTo(LabellingScoring.MACRO_F1);
    }

    private static GradingMaterial material(Map<String, Object> spec) {
        return new GradingMaterial(7L, LabellingType.ID, 2, LocalizedText.of("Label", "Étiqueter"),
                AttemptPolicy.defaults(), spec, 1, KEY);
    }

    private static Map<String, Object> spec(String scoring) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("labels", List.of(Map.of("id", "benign", "title", Map.of("en", "Benign")),
                Map.of("id", "doxing", "title", Map.of("en", "Doxing"))));
        if (scoring != null) {
            spec.put("scoring", scoring);
        }
        return spec;
    }

    private static List<Object> items() {
        return java.util.stream.IntStream.rangeClosed(1, 100)
                .mapToObj(i -> (Object) Map.of("item", String.format("p%03d", i), "label", "benign")).toList();
    }

    private static Map<String, Object> answer() {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (int i = 1; i <= 100; i++) {
            labels.put(String.format("p%03d", i), i == 100 ? "doxing" : "benign");
        }
        return labels;
    }
}
