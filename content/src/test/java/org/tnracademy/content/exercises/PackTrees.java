package org.tnracademy.content.exercises;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the trees of pack exercise files in tests: lists of maps, and a rubric's full marks. */
final class PackTrees {

    private PackTrees() {
    }

    /** An instructor's grade giving every criterion of a written-analysis rubric its maximum. */
    static Map<String, Object> fullMarks(Map<String, Object> spec) {
        Map<String, Object> points = new LinkedHashMap<>();
        for (Map<String, Object> criterion : list(spec, "criteria")) {
            points.put((String) criterion.get("id"), criterion.get("maxPoints"));
        }
        return Map.of("points", points);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> tree, String field) {
        Object value = tree.get(field);
        if (!(value instanceof List<?> items)) {
            throw new IllegalStateException("'" + field + "' must be a list, was " + value);
        }
        return (List<Map<String, Object>>) items;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> tree, String field) {
        Object value = tree.get(field);
        if (!(value instanceof Map<?, ?> object)) {
            throw new IllegalStateException("'" + field + "' must be a map, was " + value);
        }
        return (Map<String, Object>) object;
    }
}
