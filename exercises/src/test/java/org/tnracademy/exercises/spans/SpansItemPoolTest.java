package org.tnracademy.exercises.spans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.exercises.variant.VariantTrees;

class SpansItemPoolTest {

    private static final String TEXT = "Call +00 555 0147 today.";
    /** Ten posts; the key marks the phone in the odd ones (five), the even ones are hard negatives. */
    private static final Map<String, Object> SPEC;
    private static final Map<String, Object> KEY;

    static {
        List<Object> posts = new ArrayList<>();
        List<Object> spans = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String id = String.format("post-%02d", i);
            posts.add(Map.of("id", id, "text", TEXT));
            if (i % 2 == 1) {
                spans.add(Map.of("post", id, "start", 5, "end", 17, "category", "phone",
                        "explanation", Map.of("en", "A private phone number.")));
            }
        }
        SPEC = Map.of("categories", List.of(Map.of("id", "phone", "title", Map.of("en", "Phone number"))),
                "posts", posts);
        KEY = Map.of("spans", spans);
    }

    private final SpansItemPool pool = new SpansItemPool();
    private final SpansType type = new SpansType();

    private List<String> variantOf(VariantPolicy policy, long learner) {
        return VariantDraw.draw(policy, pool.pool(SPEC, KEY, List.of(), policy.stratifyBy()), 1, learner);
    }

    private static boolean marked(String post) {
        return Integer.parseInt(post.substring("post-".length())) % 2 == 1;
    }

    @Test
    void theSameSeedAndLearnerDrawTheSamePostsAndOtherLearnersOthers() {
        VariantPolicy four = new VariantPolicy(4, "spans", 99L);
        assertThat(variantOf(four, 3)).isEqualTo(variantOf(four, 3)).hasSize(4);
        Set<List<String>> variants = new HashSet<>();
        for (long learner = 1; learner <= 10; learner++) {
            variants.add(variantOf(four, learner));
        }
        assertThat(variants).hasSizeGreaterThan(5);
    }

    @Test
    void everyVariantHoldsPostsWithSpansAndHardNegativesInTheirShares() {
        // 5 of 10 posts, half marked: 3 (the half to the stratum first by name, with-spans) and 2
        for (VariantPolicy policy : List.of(new VariantPolicy(5, "spans", 7L), new VariantPolicy(5, null, 7L))) {
            for (long learner = 1; learner <= 40; learner++) {
                List<String> posts = variantOf(policy, learner);
                assertThat(posts.stream().filter(SpansItemPoolTest::marked)).as("learner %d", learner).hasSize(3);
            }
        }
    }

    @Test
    void aVariantsKeyHoldsTheSpansOfItsPostsAndGradesThem() {
        List<String> posts = variantOf(new VariantPolicy(4, null, 11L), 5);
        VariantTrees variant = pool.restrict(SPEC, KEY, posts);

        assertThat(PoolTrees.objects(variant.specTree(), "posts")).extracting(p -> String.valueOf(p.get("id")))
                .containsExactlyElementsOf(posts);
        List<String> keyed = PoolTrees.objects(variant.keyTree(), "spans").stream()
                .map(s -> String.valueOf(s.get("post"))).toList();
        assertThat(keyed).containsExactlyInAnyOrderElementsOf(posts.stream().filter(SpansItemPoolTest::marked).toList());
        type.check(variant.specTree(), variant.keyTree());
        List<Object> marks = new ArrayList<>();
        keyed.forEach(p -> marks.add(Map.of("post", p, "start", 5, "end", 17, "category", "phone")));
        assertThat(type.gradeTrees(variant.specTree(), variant.keyTree(), Map.of("spans", marks)).score())
                .isEqualTo(1.0);
    }

    @Test
    void thePostsAnAnswerMarksAreNamedWithTheirFirstMark() {
        List<Object> marks = List.of(Map.of("post", "post-03", "start", 5, "end", 8, "category", "phone"),
                Map.of("post", "post-04", "start", 5, "end", 17, "category", "phone"),
                Map.of("post", "post-03", "start", 9, "end", 17, "category", "phone"));

        assertThat(pool.answeredItems(Map.of("spans", marks)))
                .containsExactly(Map.entry("post-03", "spans[0].post"), Map.entry("post-04", "spans[1].post"));
    }
}
