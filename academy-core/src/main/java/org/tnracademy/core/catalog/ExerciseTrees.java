package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.LocalizedText;
import tools.jackson.core.type.TypeReference;

/** How spec, key and hints are kept in their JSON columns, and read back with the exercise's type. */
final class ExerciseTrees {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredHint>> HINTS = new TypeReference<>() {
    };

    record StoredHint(Map<String, String> text, double cost) {
    }

    private ExerciseTrees() {
    }

    static String json(Map<String, Object> tree) {
        return Json.write(tree);
    }

    static Map<String, Object> tree(String json) {
        return Json.read(json, TREE);
    }

    static String hintsJson(List<AttemptPolicy.Hint> hints) {
        return Json.write(hints.stream().map(h -> new StoredHint(h.text().byLanguage(), h.cost())).toList());
    }

    static List<AttemptPolicy.Hint> hints(String hintsJson) {
        return Json.read(hintsJson, HINTS).stream()
                .map(h -> new AttemptPolicy.Hint(new LocalizedText(h.text()), h.cost())).toList();
    }

    /** The labels of an item-labelling spec with their titles; none for other types. */
    @SuppressWarnings("unchecked")
    static List<LabelOption> labelOptions(String type, Map<String, Object> specTree) {
        if (!"item-labelling".equals(type)) {
            return List.of();
        }
        List<LabelOption> options = new ArrayList<>();
        for (Object label : (List<Object>) specTree.getOrDefault("labels", List.of())) {
            Map<String, Object> l = (Map<String, Object>) label;
            Map<String, String> title = (Map<String, String>) l.getOrDefault("title", Map.of());
            options.add(new LabelOption((String) l.get("id"), new LocalizedText(title)));
        }
        return List.copyOf(options);
    }

    /** Checks a key tree against the spec with the type, as a pack import does. */
    @SuppressWarnings("unchecked")
    static <S> void checkKey(ExerciseType<S, ?, ?> type, Object spec, Map<String, Object> keyTree) {
        type.readKey((S) spec, keyTree);
    }
}
