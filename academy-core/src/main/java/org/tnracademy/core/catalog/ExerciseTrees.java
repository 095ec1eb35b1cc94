package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.types.ExerciseTypes;
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

    /** The labels of the spec with their titles, as the type reads them; none for types without labels. */
    static List<LabelOption> labelOptions(String type, Map<String, Object> specTree) {
        List<LabelOption> options = new ArrayList<>();
        ExerciseTypes.get(type).labelTitles(specTree)
                .forEach((id, title) -> options.add(new LabelOption(id, new LocalizedText(title))));
        return List.copyOf(options);
    }

    /** Checks a key tree against the spec with the type, as a pack import does. */
    @SuppressWarnings("unchecked")
    static <S> void checkKey(ExerciseType<S, ?, ?> type, Object spec, Map<String, Object> keyTree) {
        type.readKey((S) spec, keyTree);
    }
}
