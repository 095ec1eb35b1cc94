package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.exercises.SpecProblem;

/**
 * An item-labelling key must name every item of the exercise's dataset once and nothing else, as a
 * pack import requires: the spec alone does not list the items, the dataset does.
 */
final class LabellingKeyCoverage {

    private LabellingKeyCoverage() {
    }

    /** The problems of a key tree {@code {items: [{item, label}]}} against the dataset's item ids; none if it fits. */
    static List<SpecProblem> problems(Map<String, Object> keyTree, List<String> datasetItems) {
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> inDataset = new HashSet<>(datasetItems);
        Set<String> seen = new HashSet<>();
        if (!(keyTree.get("items") instanceof List<?> items)) {
            return problems; // the type's own check already named it
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> entry && entry.get("item") instanceof String item) {
                seen.add(item);
                if (!inDataset.contains(item)) {
                    problems.add(SpecProblem.of("items[" + i + "].item",
                            "'" + item + "' is not an item of the exercise's dataset",
                            PackProblemCode.KEY_ITEM_NOT_IN_DATASET, item));
                }
            }
        }
        Set<String> missing = new LinkedHashSet<>(datasetItems);
        missing.removeAll(seen);
        for (String item : missing) {
            problems.add(SpecProblem.of("items", "dataset item '" + item + "' has no key entry",
                    PackProblemCode.KEY_ITEM_MISSING, item));
        }
        return problems;
    }
}
