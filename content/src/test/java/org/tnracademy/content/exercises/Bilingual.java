package org.tnracademy.content.exercises;

import java.util.List;
import java.util.Map;

/**
 * Finds the texts of a pack tree that are not given in both English and French: any mapping with
 * an {@code en} or {@code fr} entry is a text per language and needs both, non-blank.
 */
final class Bilingual {

    private Bilingual() {
    }

    static void check(Object node, String path, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("en") || map.containsKey("fr")) {
                for (String lang : List.of("en", "fr")) {
                    if (!(map.get(lang) instanceof String text) || text.isBlank()) {
                        problems.add(path + ": no " + lang + " text");
                    }
                }
                return;
            }
            map.forEach((field, value) -> check(value, path + "." + field, problems));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]", problems);
            }
        }
    }
}
