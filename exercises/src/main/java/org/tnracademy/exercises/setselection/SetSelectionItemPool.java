package org.tnracademy.exercises.setselection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Set selection's pool: the spec's items (accounts, posts), always stratified by the key's answer,
 * in the set or not, whatever the policy names: a plain sample could leave a learner no item of the
 * set (a key with nothing to find) or all of them, so every learner gets the same number of each. A
 * variant keeps its items in the spec in the variant's order, and of the key the selected items and
 * explanations among them.
 */
final class SetSelectionItemPool implements ItemPool {

    static final String BY_SELECTED = "selected";
    static final String IN_SET = "in-set";
    static final String NOT_IN_SET = "not-in-set";

    @Override
    public Set<String> strata() {
        return Set.of(BY_SELECTED);
    }

    @Override
    public List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                               String stratifyBy) {
        Set<String> selected = new HashSet<>(PoolTrees.strings(keyTree, "selected"));
        List<PoolItem> pool = new ArrayList<>();
        for (String item : PoolTrees.strings(specTree, "items")) {
            pool.add(new PoolItem(item, selected.contains(item) ? IN_SET : NOT_IN_SET));
        }
        return pool;
    }

    @Override
    public VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {
        Set<String> mine = new HashSet<>(items);
        Set<String> inSpec = new HashSet<>(PoolTrees.strings(specTree, "items"));
        Map<String, Object> spec = new LinkedHashMap<>(specTree);
        spec.put("items", items.stream().filter(inSpec::contains).toList());
        Map<String, Object> key = PoolTrees.keepKeys(PoolTrees.keepStrings(keyTree, "selected", mine),
                "explanations", mine);
        return new VariantTrees(spec, key, items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.listItems(answerTree, "chosen", null);
    }
}
