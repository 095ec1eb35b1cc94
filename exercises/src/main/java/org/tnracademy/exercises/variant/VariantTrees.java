package org.tnracademy.exercises.variant;

import java.util.List;
import java.util.Map;

/**
 * An exercise's spec and key restricted to one variant's items, in the variant's order, as the
 * type reads them: grading a variant is grading these trees.
 *
 * @param items the variant's items (pool ids) in the order the learner meets them
 */
public record VariantTrees(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {

    public VariantTrees {
        items = List.copyOf(items);
    }
}
