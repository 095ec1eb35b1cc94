package org.tnracademy.exercises.estimate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Estimate's pool: the spec's questions, drawn from a bank, optionally stratified by kind (as many
 * places to pin and numbers to give for everyone). A variant keeps its questions in the spec in the
 * variant's order and the key's answers to them; the map goes with the last location question, as
 * the type refuses a map with nothing to pin on it.
 */
final class EstimateItemPool implements ItemPool {

    static final String BY_KIND = "kind";

    @Override
    public Set<String> strata() {
        return Set.of(BY_KIND);
    }

    @Override
    public List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                               String stratifyBy) {
        return PoolTrees.byId(specTree, "questions", BY_KIND, stratifyBy);
    }

    @Override
    public VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {
        Map<String, Object> spec = PoolTrees.keepOnly(specTree, "questions", "id", items);
        if (PoolTrees.objects(spec, "questions").stream().noneMatch(q -> "location".equals(q.get("kind")))) {
            spec.remove("map");
        }
        return new VariantTrees(spec, PoolTrees.keepWhere(keyTree, "answers", "question", new HashSet<>(items)), items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.fieldKeys(answerTree, "answers");
    }
}
