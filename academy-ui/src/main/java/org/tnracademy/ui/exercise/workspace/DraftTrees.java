package org.tnracademy.ui.exercise.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of a draft's answer tree leniently: a part of the wrong kind reads as absent, since
 * a draft is put back as far as it fits, never refused.
 */
public final class DraftTrees {

    private DraftTrees() {
    }

    /** The map under {@code key} with its text values, in order; empty when absent or not a map. */
    public static Map<String, String> texts(Map<String, Object> tree, String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (tree != null && tree.get(key) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k instanceof String name && v instanceof String text) {
                    texts.put(name, text);
                }
            });
        }
        return texts;
    }

    /** The map under {@code key}, keys as text; empty when absent or not a map. */
    public static Map<String, Object> map(Map<String, Object> tree, String key) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (tree != null && tree.get(key) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k instanceof String name) {
                    values.put(name, v);
                }
            });
        }
        return values;
    }

    /** The text values of a list, in order; empty when it is not a list. */
    public static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        if (list instanceof List<?> values) {
            values.forEach(v -> {
                if (v instanceof String s) {
                    strings.add(s);
                }
            });
        }
        return strings;
    }

    /** The maps of the list under {@code key}, in order; empty when absent or not a list. */
    public static List<Map<?, ?>> maps(Map<String, Object> tree, String key) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (tree != null && tree.get(key) instanceof List<?> values) {
            values.forEach(v -> {
                if (v instanceof Map<?, ?> m) {
                    maps.add(m);
                }
            });
        }
        return maps;
    }

    /** The text under {@code key}, or null. */
    public static String text(Map<?, ?> tree, String key) {
        return tree != null && tree.get(key) instanceof String s ? s : null;
    }

    /** The number under {@code key} as a double, or null. */
    public static Double number(Map<?, ?> tree, String key) {
        return tree != null && tree.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    /** The whole number under {@code key}, or null when absent, fractional or out of int range. */
    public static Integer integer(Map<?, ?> tree, String key) {
        if (tree != null && tree.get(key) instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        return null;
    }
}
