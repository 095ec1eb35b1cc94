package org.tnracademy.exercises.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class VariantDrawTest {

    private static final List<String> LABELS = List.of("doxing", "smear", "benign", "harassment");

    /** post-01 doxing, post-02 smear, post-03 benign, post-04 harassment, post-05 doxing, ... */
    private static List<PoolItem> pool(int size) {
        List<PoolItem> pool = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            pool.add(new PoolItem(String.format("post-%02d", i), LABELS.get((i - 1) % LABELS.size())));
        }
        return pool;
    }

    private static final VariantPolicy SIX_BY_LABEL =
            new VariantPolicy(6, "label", VariantPolicy.defaultSeed("label-posts-basics"));

    @Test
    void theSeedOfAnExerciseWithoutOneIsFixedByItsIdAlone() {
        // recorded once: a change to how seeds are made would move every learner's variant
        assertThat(VariantPolicy.defaultSeed("label-posts-basics")).isEqualTo(-8539493986954767681L);
    }

    @Test
    void aLearnerGetsTheVariantRecordedForTheirIdInEveryJvm() {
        // recorded from a fixed seed in another JVM (jshell), not computed here: a learner's items
        // and their order must never change across restarts, nodes or JDK versions
        assertThat(VariantDraw.draw(SIX_BY_LABEL, pool(12), 1, 101L))
                .containsExactly("post-10", "post-01", "post-04", "post-03", "post-11", "post-09");
        assertThat(VariantDraw.draw(SIX_BY_LABEL, pool(12), 1, 102L))
                .containsExactly("post-02", "post-09", "post-04", "post-07", "post-03", "post-05");
    }

    @Test
    void theKeyVersionItIsDrawnUnderIsPartOfTheDraw() {
        assertThat(VariantDraw.draw(SIX_BY_LABEL, pool(12), 2, 101L))
                .containsExactly("post-04", "post-07", "post-09", "post-01", "post-10", "post-11");
    }

    @Test
    void everyLearnerGetsAsManyItemsOfEachLabelAsEveryOther() {
        List<PoolItem> pool = pool(40);
        Map<String, String> labelOf = new LinkedHashMap<>();
        pool.forEach(p -> labelOf.put(p.id(), p.stratum()));
        VariantPolicy twenty = new VariantPolicy(20, "label", 7);
        for (long learner = 1; learner <= 50; learner++) {
            List<String> drawn = VariantDraw.draw(twenty, pool, 1, learner);
            assertThat(drawn).hasSize(20).doesNotHaveDuplicates();
            Map<String, Integer> perLabel = new TreeMap<>();
            drawn.forEach(id -> perLabel.merge(labelOf.get(id), 1, Integer::sum));
            assertThat(perLabel).as("learner %d", learner)
                    .isEqualTo(Map.of("benign", 5, "doxing", 5, "harassment", 5, "smear", 5));
        }
    }

    @Test
    void unevenStrataShareTheItemsByTheirSizeWithinOneItem() {
        // 7 doxing, 2 smear, 1 benign: 5 items give 3.5, 1 and 0.5; the tied halves go to benign first (by name)
        Map<String, List<Integer>> strata = new LinkedHashMap<>();
        strata.put("doxing", List.of(1, 2, 3, 4, 5, 6, 7));
        strata.put("smear", List.of(1, 2));
        strata.put("benign", List.of(1));
        Map<String, Integer> quotas = VariantDraw.quotas(5, 10, strata);
        assertThat(quotas).containsExactlyInAnyOrderEntriesOf(Map.of("doxing", 3, "smear", 1, "benign", 1));
        for (int total = 0; total <= 10; total++) {
            Map<String, Integer> q = VariantDraw.quotas(total, 10, strata);
            assertThat(q.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
            for (Map.Entry<String, List<Integer>> s : strata.entrySet()) {
                double share = (double) total * s.getValue().size() / 10;
                assertThat((double) q.get(s.getKey())).isBetween(Math.floor(share), Math.ceil(share));
            }
        }
    }

    @Test
    void twoLearnersOfOneCohortMostlyGetDifferentItems() {
        List<PoolItem> pool = pool(40);
        VariantPolicy twenty = new VariantPolicy(20, "label", 7);
        List<String> a = VariantDraw.draw(twenty, pool, 1, 11L);
        List<String> b = VariantDraw.draw(twenty, pool, 1, 12L);
        assertThat(a).isNotEqualTo(b);
        assertThat(new HashSet<>(a)).isNotEqualTo(new HashSet<>(b));
    }

    @Test
    void aVariantAsLargeAsThePoolIsThePoolInTheLearnersOwnOrder() {
        List<String> drawn = VariantDraw.draw(new VariantPolicy(50, null, 3), pool(12), 1, 5L);
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(pool(12).stream().map(PoolItem::id).toList())
                .isNotEqualTo(pool(12).stream().map(PoolItem::id).toList());
    }

    @Test
    void thePolicyIsBounded() {
        assertThatThrownBy(() -> new VariantPolicy(VariantPolicy.MAX_ITEMS + 1, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VariantDraw.draw(VariantPolicy.OFF, pool(3), 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
