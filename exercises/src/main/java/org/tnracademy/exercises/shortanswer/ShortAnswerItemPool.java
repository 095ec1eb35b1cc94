package org.tnracademy.exercises.shortanswer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Short answer's pool: the spec's blanks, drawn as questions from a bank. No stratum: blanks have
 * no kind to share out (every one is a text to type). A variant keeps its blanks in the spec in the
 * variant's order, and their entries in the key (the key answers every blank of the spec, so a
 * variant's key answers every blank of the variant).
 */
final class ShortAnswerItemPool implements ItemPool {

    @Override
    public Set<String> strata() {
        return Set.of();
    }

    @Override
    public List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                               String stratifyBy) {
        return PoolTrees.byId(specTree, "blanks", null, stratifyBy);
    }

    @Override
    public VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {
        return new VariantTrees(PoolTrees.keepOnly(specTree, "blanks", "id", items),
                PoolTrees.keepOnly(keyTree, "blanks", "id", items), items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.fieldKeys(answerTree, "values");
    }
}
