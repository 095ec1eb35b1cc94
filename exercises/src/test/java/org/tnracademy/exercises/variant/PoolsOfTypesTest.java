package org.tnracademy.exercises.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.types.ExerciseTypes;

/** The pools of the types that draw variants, through the registry as the core reaches them. */
class PoolsOfTypesTest {

    private static final Map<String, Object> LABEL_SPEC = Map.of("labels",
            List.of(Map.of("id", "doxing"), Map.of("id", "benign")));
    private static final Map<String, Object> LABEL_KEY = Map.of("items", List.of(
            Map.of("item", "p1", "label", "doxing"), Map.of("item", "p2", "label", "benign"),
            Map.of("item", "p3", "label", "doxing"), Map.of("item", "p4", "label", "benign")));

    @Test
    void labellingPoolsTheDatasetByLabelAndGradesAVariantAgainstItsOwnKey() {
        ItemPool pool = ExerciseTypes.get("item-labelling").itemPool().orElseThrow();
        assertThat(pool.strata()).containsExactly("label");
        assertThat(pool.pool(LABEL_SPEC, LABEL_KEY, List.of("p1", "p2", "p3", "p4"), "label"))
                .containsExactly(new PoolItem("p1", "doxing"), new PoolItem("p2", "benign"),
                        new PoolItem("p3", "doxing"), new PoolItem("p4", "benign"));
        VariantTrees variant = pool.restrict(LABEL_SPEC, LABEL_KEY, List.of("p3", "p2"));
        AutoGradedType<?, ?, ?, ?> type = (AutoGradedType<?, ?, ?, ?>) ExerciseTypes.get("item-labelling");
        GradeResult all = type.gradeTrees(variant.specTree(), variant.keyTree(),
                Map.of("labels", Map.of("p3", "doxing", "p2", "benign")));
        assertThat(all.score()).isEqualTo(1.0);
        // p1 is in the pool but not in this variant: the variant's key does not know it
        assertThatThrownBy(() -> type.gradeTrees(variant.specTree(), variant.keyTree(),
                Map.of("labels", Map.of("p1", "doxing")))).isInstanceOf(InvalidAnswerException.class);
        assertThat(pool.answeredItems(Map.of("labels", Map.of("p1", "doxing"))))
                .containsExactly(Map.entry("p1", "labels.p1"));
    }

    @Test
    void choiceDrawsQuestionsFromItsBankInTheVariantsOrder() {
        Map<String, Object> spec = Map.of("questions", List.of(
                question("q1", "single"), question("q2", "multiple"), question("q3", "single")));
        Map<String, Object> key = Map.of("questions", List.of(keyOf("q1"), keyOf("q2"), keyOf("q3")));
        ItemPool pool = ExerciseTypes.get("choice").itemPool().orElseThrow();
        assertThat(pool.pool(spec, key, List.of(), "kind")).extracting(PoolItem::stratum)
                .containsExactly("single", "multiple", "single");
        VariantTrees variant = pool.restrict(spec, key, List.of("q3", "q1"));
        assertThat(PoolTrees.objects(variant.specTree(), "questions")).extracting(q -> (Object) String.valueOf(q.get("id")))
                .containsExactly((Object) "q3", "q1");
        AutoGradedType<?, ?, ?, ?> type = (AutoGradedType<?, ?, ?, ?>) ExerciseTypes.get("choice");
        assertThat(type.gradeTrees(variant.specTree(), variant.keyTree(),
                Map.of("picks", Map.of("q1", List.of("a"), "q3", List.of("b")))).score()).isEqualTo(0.5);
    }

    @Test
    void typesWithoutAPoolHaveNone() {
        assertThat(ExerciseTypes.get("written-analysis").itemPool()).isEmpty();
    }

    private static Map<String, Object> question(String id, String kind) {
        return Map.of("id", id, "kind", kind, "prompt", Map.of("en", "Which?"), "options", List.of(
                Map.of("id", "a", "text", Map.of("en", "A")), Map.of("id", "b", "text", Map.of("en", "B"))));
    }

    private static Map<String, Object> keyOf(String id) {
        return Map.of("id", id, "options", List.of(
                Map.of("id", "a", "correct", true, "explanation", Map.of("en", "Yes")),
                Map.of("id", "b", "correct", false, "explanation", Map.of("en", "No"))));
    }
}
