package org.tnracademy.exercises.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The reference sources the exercise types need, read from plain trees. */
public final class References {

    private References() {
    }

    /** The {@code idField} of every object of the spec's list at {@code listPath} (dotted field names). */
    public static ReferenceSource specIds(String listPath, String idField) {
        return scope -> idsOf(at(scope.spec(), listPath), idField);
    }

    /** The texts of the spec's list at {@code listPath}, such as set-selection's items. */
    public static ReferenceSource specTexts(String listPath) {
        return scope -> {
            List<String> texts = new ArrayList<>();
            if (at(scope.spec(), listPath) instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof String text && !text.isEmpty()) {
                        texts.add(text);
                    }
                }
            }
            return distinct(texts);
        };
    }

    /** The ids of the STIX bundle's indicators, {@code spec.bundle.objects[type = indicator].id}. */
    public static ReferenceSource stixIndicators() {
        return scope -> {
            List<String> ids = new ArrayList<>();
            if (at(scope.spec(), "bundle.objects") instanceof List<?> objects) {
                for (Object o : objects) {
                    if (o instanceof Map<?, ?> map && "indicator".equals(map.get("type"))
                            && map.get("id") instanceof String id) {
                        ids.add(id);
                    }
                }
            }
            return distinct(ids);
        };
    }

    /**
     * The ids of the options of the spec question a choice key entry is about: the option field sits
     * in an option (level 0) of a question entry (level 1) whose {@code id} names the spec question.
     */
    public static ReferenceSource choiceOptionsOfEnclosingQuestion() {
        return scope -> {
            Object questionId = scope.enclosing(1).get("id");
            if (at(scope.spec(), "questions") instanceof List<?> questions) {
                for (Object q : questions) {
                    if (q instanceof Map<?, ?> question && Objects.equals(question.get("id"), questionId)) {
                        return idsOf(question.get("options"), "id");
                    }
                }
            }
            return List.of();
        };
    }

    /** The node at a dotted path of field names, or null. */
    public static Object at(Map<String, Object> tree, String path) {
        Object node = tree;
        for (String name : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(name);
        }
        return node;
    }

    private static List<String> idsOf(Object list, String idField) {
        List<String> ids = new ArrayList<>();
        if (list instanceof List<?> elements) {
            for (Object element : elements) {
                if (element instanceof Map<?, ?> map && map.get(idField) instanceof String id && !id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        return distinct(ids);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
