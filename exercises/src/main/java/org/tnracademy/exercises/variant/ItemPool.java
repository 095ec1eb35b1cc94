package org.tnracademy.exercises.variant;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A type's capability to give learners variants: its items as a pool to draw from, and its spec
 * and key restricted to a drawn subset. Pure, over the trees grading keeps; a type without one
 * refuses {@code policy.variants}.
 */
public interface ItemPool {

    /** The strata {@code policy.variants.stratifyBy} may name for this type, such as {@code label}. */
    Set<String> strata();

    /**
     * The pool's items in pool order, each with its value of the stratum (or "" for none), read
     * from a checked spec and key and the dataset's item ids in dataset order (empty without one).
     */
    List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                        String stratifyBy);

    /** The spec and key trees holding only these items of the pool, in this order. */
    VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items);

    /**
     * The pool items an answer tree names (labelled posts, answered questions), each with where it
     * is in the answer, so an item outside the learner's variant is refused by name.
     */
    Map<String, String> answeredItems(Map<String, Object> answerTree);
}
