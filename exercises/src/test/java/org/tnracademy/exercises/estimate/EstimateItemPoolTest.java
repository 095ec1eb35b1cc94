package org.tnracademy.exercises.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.exercises.variant.VariantTrees;

class EstimateItemPoolTest {

    /** Two places (q-1, q-3) and four numbers, over a map; each true value is 10 or (-42, -25). */
    private static final Map<String, Object> SPEC;
    private static final Map<String, Object> KEY;

    static {
        List<Object> questions = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "q-" + i;
            boolean place = i == 1 || i == 3;
            questions.add(place
                    ? Map.of("id", id, "kind", "location", "prompt", Map.of("en", "Where?"), "tolerance", 1, "zeroCredit", 8)
                    : Map.of("id", id, "kind", "number", "prompt", Map.of("en", "How many?"), "tolerance", 1, "zeroCredit", 5));
            answers.add(place
                    ? Map.of("question", id, "latitude", -42.0, "longitude", -25.0, "explanation", Map.of("en", "There."))
                    : Map.of("question", id, "value", 10, "explanation", Map.of("en", "Ten.")));
        }
        SPEC = Map.of("questions", questions, "map", Map.of("basemap", "images/isles.svg",
                "alt", Map.of("en", "Map of the isles"), "south", -43, "west", -26, "north", -41.35, "east", -23.5));
        KEY = Map.of("answers", answers);
    }

    private final EstimateItemPool pool = new EstimateItemPool();
    private final EstimateType type = new EstimateType();

    private List<String> variantOf(VariantPolicy policy, long learner) {
        return VariantDraw.draw(policy, pool.pool(SPEC, KEY, List.of(), policy.stratifyBy()), 1, learner);
    }

    private static boolean place(String question) {
        return question.equals("q-1") || question.equals("q-3");
    }

    @Test
    void byKindEveryLearnerPinsOnePlaceAndGivesTwoNumbersAndLearnersDiffer() {
        VariantPolicy three = new VariantPolicy(3, "kind", 5L);
        assertThat(variantOf(three, 2)).isEqualTo(variantOf(three, 2));
        Set<List<String>> variants = new HashSet<>();
        for (long learner = 1; learner <= 30; learner++) {
            List<String> questions = variantOf(three, learner);
            variants.add(questions);
            assertThat(questions.stream().filter(EstimateItemPoolTest::place)).as("learner %d", learner).hasSize(1);
        }
        assertThat(variants).hasSizeGreaterThan(5);
    }

    @Test
    void aVariantOfNumbersOnlyDropsTheMapAndIsGradedOnItsOwnAnswers() {
        VariantTrees numbers = pool.restrict(SPEC, KEY, List.of("q-4", "q-2"));
        assertThat(numbers.specTree()).doesNotContainKey("map");
        assertThat(PoolTrees.objects(numbers.keyTree(), "answers")).extracting(a -> String.valueOf(a.get("question")))
                .containsExactlyInAnyOrder("q-2", "q-4");
        type.check(numbers.specTree(), numbers.keyTree());
        assertThat(type.gradeTrees(numbers.specTree(), numbers.keyTree(),
                Map.of("answers", Map.of("q-2", 10, "q-4", 10))).score()).isEqualTo(1.0);

        VariantTrees withPlace = pool.restrict(SPEC, KEY, List.of("q-3", "q-2"));
        assertThat(withPlace.specTree()).containsKey("map");
        type.check(withPlace.specTree(), withPlace.keyTree());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("q-3", Map.of("latitude", -42.0, "longitude", -25.0));
        answer.put("q-2", 10);
        assertThat(pool.answeredItems(Map.of("answers", answer)))
                .containsExactly(Map.entry("q-3", "answers.q-3"), Map.entry("q-2", "answers.q-2"));
        assertThat(type.gradeTrees(withPlace.specTree(), withPlace.keyTree(), Map.of("answers", answer)).score())
                .isEqualTo(1.0);
    }
}
