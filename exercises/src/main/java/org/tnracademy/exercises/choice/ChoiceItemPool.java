package org.tnracademy.exercises.choice;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Choice's pool: the spec's questions, drawn as a quiz from a question bank, optionally
 * stratified by kind (as many single- and multiple-choice questions for everyone). A variant keeps
 * its questions in the variant's order in the spec, and their entries in the key.
 */
final class ChoiceItemPool implements ItemPool {

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
        return new VariantTrees(PoolTrees.keepOnly(specTree, "questions", "id", items),
                PoolTrees.keepOnly(keyTree, "questions", "id", items), items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.fieldKeys(answerTree, "picks");
    }
}
