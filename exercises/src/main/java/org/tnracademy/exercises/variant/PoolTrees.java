package org.tnracademy.exercises.variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * The objects of a list field as a pool, by their {@code id}: each with its {@code stratumField}'s
     * value when the exercise stratifies by that field, otherwise no stratum. A bank of questions or
     * blanks is drawn this way.
     */
    public static List<PoolItem> byId(Map<String, Object> tree, String field, String stratumField,
                                      String stratifyBy) {
        boolean stratified = stratumField != null && stratumField.equals(stratifyBy);
        List<PoolItem> pool = new ArrayList<>();
        for (Map<?, ?> o : objects(tree, field)) {
            pool.add(new PoolItem(String.valueOf(o.get("id")), stratified ? String.valueOf(o.get(stratumField)) : ""));
        }
        return pool;
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

    /**
     * A copy of the tree whose list {@code field} holds only the objects whose {@code itemField} is one
     * of {@code items}, in the tree's order: a key's entries of several to one item (a post's spans).
     */
    public static Map<String, Object> keepWhere(Map<String, Object> tree, String field, String itemField,
                                                Set<String> items) {
        List<Object> kept = new ArrayList<>();
        for (Map<?, ?> o : objects(tree, field)) {
            if (items.contains(String.valueOf(o.get(itemField)))) {
                kept.add(o);
            }
        }
        Map<String, Object> copy = new LinkedHashMap<>(tree);
        if (tree.containsKey(field)) {
            copy.put(field, kept);
        }
        return copy;
    }

    /** The strings of a list field, empty when the field is absent or not a list. */
    public static List<String> strings(Map<String, Object> tree, String field) {
        List<String> out = new ArrayList<>();
        if (tree != null && tree.get(field) instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    /** A copy of the tree whose list of strings {@code field} holds only those of {@code items}, in the list's order. */
    public static Map<String, Object> keepStrings(Map<String, Object> tree, String field, Set<String> items) {
        Map<String, Object> copy = new LinkedHashMap<>(tree);
        if (tree.containsKey(field)) {
            copy.put(field, strings(tree, field).stream().filter(items::contains).toList());
        }
        return copy;
    }

    /** A copy of the tree whose mapping {@code field} keeps only the keys of {@code items}. */
    public static Map<String, Object> keepKeys(Map<String, Object> tree, String field, Set<String> items) {
        Map<String, Object> copy = new LinkedHashMap<>(tree);
        if (tree.get(field) instanceof Map<?, ?> m) {
            Map<Object, Object> kept = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (items.contains(String.valueOf(k))) {
                    kept.put(k, v);
                }
            });
            copy.put(field, kept);
        }
        return copy;
    }

    /**
     * The items an answer's list names, each with the path of its first mention: the strings of the
     * list ({@code chosen[2]}), or with {@code itemField} the field of its objects ({@code spans[3].post}).
     */
    public static Map<String, String> listItems(Map<String, Object> answerTree, String field, String itemField) {
        Map<String, String> out = new LinkedHashMap<>();
        if (answerTree != null && answerTree.get(field) instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object o = list.get(i);
                if (itemField == null && o != null && !(o instanceof Map<?, ?>) && !(o instanceof List<?>)) {
                    out.putIfAbsent(String.valueOf(o), field + "[" + i + "]");
                } else if (itemField != null && o instanceof Map<?, ?> m && m.get(itemField) != null) {
                    out.putIfAbsent(String.valueOf(m.get(itemField)), field + "[" + i + "]." + itemField);
                }
            }
        }
        return out;
    }
}
