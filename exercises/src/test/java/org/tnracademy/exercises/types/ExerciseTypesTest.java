package org.tnracademy.exercises.types;

import org.tnracademy.exercises.labelling.LabellingType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.labelling.LabellingScoring;

class ExerciseTypesTest {

    private static final Map<String, Object> LABELS = Map.of("labels", List.of(
            Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
            Map.of("id", "benign", "title", Map.of("en", "Benign"))));
    private static final Map<String, Object> KEY = Map.of("exercise", "x", "items", List.of(
            Map.of("item", "p1", "label", "doxing", "explanation", Map.of("en", "Home address.")),
            Map.of("item", "p2", "label", "benign")));

    @Test
    void knowsTheElevenTypesOfTheDomainByTheirPackIds() {
        assertThat(ExerciseTypes.ids()).containsExactly("choice", "item-labelling", "set-selection", "spans",
                "indicators", "timeline", "estimate", "technique-tagging", "short-answer", "written-analysis",
                "account-attribution");
        ExerciseTypes.ids().forEach(id -> assertThat(ExerciseTypes.get(id).id()).isEqualTo(id));
    }

    @Test
    void onlyWrittenAnalysisWaitsForAnInstructor() {
        assertThat(ExerciseTypes.ids()).filteredOn(id -> ExerciseTypes.get(id).gradedByInstructor())
                .containsExactly("written-analysis");
        assertThatThrownBy(() -> ExerciseTypes.autoGraded("written-analysis"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownTypeIsNamed() {
        assertThat(ExerciseTypes.byId("labeling")).isEmpty();
        assertThatThrownBy(() -> ExerciseTypes.get("labeling")).hasMessageContaining("'labeling'");
    }

    @Test
    void labellingGradesTreesAndTheKeyItselfScoresOne() {
        AutoGradedType<?, ?, ?, ?> type = ExerciseTypes.autoGraded("item-labelling");
        var perfect = type.gradeTrees(LABELS, KEY, Map.of("labels", Map.of("p1", "doxing", "p2", "benign")));
        var empty = type.gradeTrees(LABELS, KEY, Map.of());
        assertThat(perfect.score()).isEqualTo(1.0);
        assertThat(empty.score()).isEqualTo(0.0);
        assertThat(type.resultType()).isInstanceOf(Class.class);
        assertThat(type.resultType().isInstance(perfect)).isTrue();
    }

    @Test
    void labellingKeyProblemsNameThePath() {
        var type = new LabellingType();
        var spec = type.readSpec(LABELS);
        Map<String, Object> bad = Map.of("items", List.of(Map.of("item", "p1", "label", "doxing"),
                Map.of("item", "p1", "label", "benign"), Map.of("item", "p3", "lable", "benign")));
        assertThatThrownBy(() -> type.readKey(spec, bad)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems()).extracting(SpecProblem::field)
                        .contains("items[1].item", "items[2].label", "items[2].lable"));
    }

    @Test
    void labellingAnswerWithAnUnknownFieldIsRefused() {
        var type = new LabellingType();
        var spec = type.readSpec(LABELS);
        assertThatThrownBy(() -> type.readAnswer(spec, Map.of("lables", Map.of("p1", "doxing"))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("lables");
    }

    @Test
    void aLabellingSpecWithoutLabelsIsRefused() {
        assertThatThrownBy(() -> new LabellingType().readSpec(Map.of("labels", List.of())))
                .isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void aLabellingSpecNamesItsScoringRuleAndReadsAccuracyWhenItIsAbsent() {
        var type = new LabellingType();
        assertThat(type.readSpec(LABELS).scoring()).isEqualTo(LabellingScoring.ACCURACY);
        for (LabellingScoring rule : LabellingScoring.values()) {
            Map<String, Object> spec = new java.util.HashMap<>(LABELS);
            spec.put("scoring", rule.id());
            assertThat(type.readSpec(spec).scoring()).isEqualTo(rule);
        }
    }

    @Test
    void aLabellingScoringRuleThatDoesNotExistIsRefusedWithItsPathAndTheAllowedRules() {
        Map<String, Object> spec = new java.util.HashMap<>(LABELS);
        spec.put("scoring", "macro_f1");
        assertThatThrownBy(() -> new LabellingType().readSpec(spec)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("scoring");
                    assertThat(p.reason()).isEqualTo("'macro_f1' must be one of [accuracy, macro-f1, micro-f1]");
                }));
        spec.put("scoring", 1);
        assertThatThrownBy(() -> new LabellingType().readSpec(spec)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems()).extracting(SpecProblem::field).containsExactly("scoring"));
        spec.remove("scoring");
        spec.put("scorng", "accuracy");
        assertThatThrownBy(() -> new LabellingType().readSpec(spec)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("scorng");
                    assertThat(p.reason()).contains("unknown field", "scoring");
                }));
    }
}
