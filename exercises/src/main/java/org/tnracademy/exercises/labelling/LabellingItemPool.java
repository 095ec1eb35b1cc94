package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Item labelling's pool: the dataset's posts, stratified by their label in the key, so every
 * learner labels as many posts of each label. A variant keeps the spec (every label stays offered)
 * and the key entries of its posts.
 */
final class LabellingItemPool implements ItemPool {

    static final String BY_LABEL = "label";

    @Override
    public Set<String> strata() {
        return Set.of(BY_LABEL);
    }

    @Override
    public List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                               String stratifyBy) {
        Map<String, String> labels = new HashMap<>();
        for (Map<?, ?> entry : PoolTrees.objects(keyTree, "items")) {
            labels.put(String.valueOf(entry.get("item")), String.valueOf(entry.get("label")));
        }
        List<PoolItem> pool = new ArrayList<>(datasetItems.size());
        for (String item : datasetItems) {
            pool.add(new PoolItem(item, BY_LABEL.equals(stratifyBy) ? labels.getOrDefault(item, "") : ""));
        }
        return pool;
    }

    @Override
    public VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {
        return new VariantTrees(specTree, PoolTrees.keepOnly(keyTree, "items", "item", items), items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.fieldKeys(answerTree, "labels");
    }
}
