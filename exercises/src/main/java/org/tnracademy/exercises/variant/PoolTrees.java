package org.tnracademy.exercises.variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small pure helpers the types' pools share to read and restrict lists of objects in a tree. */
public final class PoolTrees {

    private PoolTrees() {
    }

    /** The objects of a list field, empty when the field is absent or not a list. */
    public static List<Map<?, ?>> objects(Map<String, Object> tree, String field) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (tree != null && tree.get(field) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * A copy of the tree whose list {@code field} holds only the objects whose {@code idField} is one
     * of {@code items}, in the order of {@code items}.
     */
    public static Map<String, Object> keepOnly(Map<String, Object> tree, String field, String idField,
                                               List<String> items) {
        Map<Object, Map<?, ?>> byId = new HashMap<>();
        for (Map<?, ?> o : objects(tree, field)) {
            byId.putIfAbsent(o.get(idField), o);
        }
        List<Object> kept = new ArrayList<>(items.size());
        for (String item : items) {
            Map<?, ?> o = byId.get(item);
            if (o != null) {
                kept.add(o);
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(tree);
        copy.put(field, kept);
        return copy;
    }

    /** The keys of a mapping field of an answer, each with its path ({@code labels.post-007}). */
    public static Map<String, String> fieldKeys(Map<String, Object> answerTree, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (answerTree != null && answerTree.get(field) instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                out.put(String.valueOf(key), field + "." + key);
            }
        }
        return out;
    }
}
