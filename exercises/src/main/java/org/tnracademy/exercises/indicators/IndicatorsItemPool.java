package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Indicator matching's pool: the spec's log lines, always stratified by what the key says of each
 * (a hit, a decoy, a plain line), whatever the policy names: a plain sample could leave a learner no
 * hit (a key the type refuses) or no decoy, so every learner gets the same number of each. A variant
 * keeps its lines in the spec in the variant's order and the whole bundle (every indicator stays
 * offered), and of the key the hits and decoys of its lines.
 */
final class IndicatorsItemPool implements ItemPool {

    static final String BY_MATCH = "match";
    static final String HIT = "hit";
    static final String DECOY = "decoy";
    static final String PLAIN = "plain";

    @Override
    public Set<String> strata() {
        return Set.of(BY_MATCH);
    }

    @Override
    public List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                               String stratifyBy) {
        Map<String, String> kinds = new HashMap<>();
        for (Map<?, ?> decoy : PoolTrees.objects(keyTree, "decoys")) {
            kinds.put(String.valueOf(decoy.get("line")), DECOY);
        }
        for (Map<?, ?> hit : PoolTrees.objects(keyTree, "hits")) {
            kinds.put(String.valueOf(hit.get("line")), HIT);
        }
        List<PoolItem> pool = new ArrayList<>();
        for (Map<?, ?> line : PoolTrees.objects(specTree, "lines")) {
            String id = String.valueOf(line.get("id"));
            pool.add(new PoolItem(id, kinds.getOrDefault(id, PLAIN)));
        }
        return pool;
    }

    @Override
    public VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {
        Set<String> mine = new HashSet<>(items);
        return new VariantTrees(PoolTrees.keepOnly(specTree, "lines", "id", items),
                PoolTrees.keepWhere(PoolTrees.keepWhere(keyTree, "hits", "line", mine), "decoys", "line", mine), items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.fieldKeys(answerTree, "matches");
    }
}
