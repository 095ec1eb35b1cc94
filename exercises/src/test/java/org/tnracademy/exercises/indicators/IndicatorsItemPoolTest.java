package org.tnracademy.exercises.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.exercises.variant.VariantTrees;

class IndicatorsItemPoolTest {

    private static final Map<String, String> HITS = Map.of("line-01", IndicatorsExample.UPDATE,
            "line-03", IndicatorsExample.SYNC, "line-05", IndicatorsExample.DROPPER, "line-07", IndicatorsExample.SYNC);

    private final IndicatorsItemPool pool = new IndicatorsItemPool();
    private final IndicatorsType type = new IndicatorsType();

    private List<String> variantOf(long learner) {
        List<PoolItem> items = pool.pool(IndicatorsExample.specMap(), IndicatorsExample.keyMap(), List.of(), "match");
        return VariantDraw.draw(new VariantPolicy(4, "match", 31L), items, 1, learner);
    }

    @Test
    void linesAreStratifiedByWhatTheKeySaysOfThem() {
        assertThat(pool.pool(IndicatorsExample.specMap(), IndicatorsExample.keyMap(), List.of(), null))
                .extracting(PoolItem::stratum)
                .containsExactly("hit", "decoy", "hit", "decoy", "hit", "plain", "hit", "decoy");
    }

    @Test
    void theSameSeedAndLearnerDrawTheSameLinesAndEveryLearnerAsManyHitsAndDecoys() {
        assertThat(variantOf(8)).isEqualTo(variantOf(8));
        Set<Set<String>> variants = new HashSet<>();
        for (long learner = 1; learner <= 30; learner++) {
            List<String> lines = variantOf(learner);
            variants.add(Set.copyOf(lines));
            Map<String, Integer> mix = new TreeMap<>();
            lines.forEach(l -> mix.merge(HITS.containsKey(l) ? "hit" : l.equals("line-06") ? "plain" : "decoy", 1,
                    Integer::sum));
            // 4 of 8 lines (4 hits, 3 decoys, 1 plain): 2 hits, then 1.5 decoys and 0.5 plain, the tie to decoy
            assertThat(mix).as("learner %d", learner).isEqualTo(Map.of("hit", 2, "decoy", 2));
        }
        assertThat(variants).hasSizeGreaterThan(3);
    }

    @Test
    void aVariantKeepsTheWholeBundleAndTheHitsAndDecoysOfItsLines() {
        List<String> lines = variantOf(12);
        VariantTrees variant = pool.restrict(IndicatorsExample.specMap(), IndicatorsExample.keyMap(), lines);

        assertThat(variant.specTree().get("bundle")).isEqualTo(IndicatorsExample.bundle());
        assertThat(PoolTrees.objects(variant.specTree(), "lines")).extracting(l -> String.valueOf(l.get("id")))
                .containsExactlyElementsOf(lines);
        assertThat(PoolTrees.objects(variant.keyTree(), "hits")).extracting(h -> String.valueOf(h.get("line")))
                .allMatch(lines::contains).hasSize(2);
        assertThat(PoolTrees.objects(variant.keyTree(), "decoys")).extracting(h -> String.valueOf(h.get("line")))
                .allMatch(lines::contains).hasSize(2);
        type.check(variant.specTree(), variant.keyTree());
        Map<String, Object> matches = new LinkedHashMap<>();
        lines.stream().filter(HITS::containsKey).forEach(l -> matches.put(l, HITS.get(l)));
        assertThat(type.gradeTrees(variant.specTree(), variant.keyTree(), Map.of("matches", matches)).score())
                .isEqualTo(1.0);
        assertThat(pool.answeredItems(Map.of("matches", matches))).containsOnlyKeys(matches.keySet());
    }
}
