package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.exercises.variant.VariantTrees;

class ShortAnswerItemPoolTest {

    /** Eight blanks b-1 ... b-8, blank b-n accepting the word "answer-n". */
    private static final Map<String, Object> SPEC;
    private static final Map<String, Object> KEY;

    static {
        List<Object> blanks = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            blanks.add(Map.of("id", "b-" + i, "prompt", Map.of("en", "Blank " + i + "?")));
            keys.add(Map.of("id", "b-" + i, "accepted", List.of("answer-" + i), "explanation", Map.of("en", "It is.")));
        }
        SPEC = Map.of("blanks", blanks);
        KEY = Map.of("blanks", keys);
    }

    private final ShortAnswerItemPool pool = new ShortAnswerItemPool();
    private final ShortAnswerType type = new ShortAnswerType();

    private List<String> variantOf(long learner) {
        return VariantDraw.draw(new VariantPolicy(3, null, 77L), pool.pool(SPEC, KEY, List.of(), null), 1, learner);
    }

    @Test
    void theSameSeedAndLearnerDrawTheSameBlanksAndOtherLearnersOthers() {
        assertThat(pool.strata()).isEmpty();
        assertThat(variantOf(4)).isEqualTo(variantOf(4)).hasSize(3).doesNotHaveDuplicates();
        Set<Set<String>> variants = new HashSet<>();
        for (long learner = 1; learner <= 10; learner++) {
            variants.add(Set.copyOf(variantOf(learner)));
        }
        assertThat(variants).hasSizeGreaterThan(5);
    }

    @Test
    void aVariantIsGradedOnItsOwnBlanksAndABlankOfAnotherIsRefused() {
        List<String> blanks = variantOf(9);
        VariantTrees variant = pool.restrict(SPEC, KEY, blanks);
        type.check(variant.specTree(), variant.keyTree());
        Map<String, Object> values = new LinkedHashMap<>();
        blanks.forEach(b -> values.put(b, "answer-" + b.substring(2)));
        assertThat(type.gradeTrees(variant.specTree(), variant.keyTree(), Map.of("values", values)).score())
                .isEqualTo(1.0);

        String foreign = List.of("b-1", "b-2", "b-3", "b-4").stream().filter(b -> !blanks.contains(b))
                .findFirst().orElseThrow();
        assertThat(pool.answeredItems(Map.of("values", Map.of(foreign, "x"))))
                .containsExactly(Map.entry(foreign, "values." + foreign));
        assertThatThrownBy(() -> type.gradeTrees(variant.specTree(), variant.keyTree(),
                Map.of("values", Map.of(foreign, "x")))).isInstanceOf(InvalidAnswerException.class);
    }
}
