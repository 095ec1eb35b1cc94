package org.tnracademy.content.exercises;

import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.curriculum.ContentLanguage;

/**
 * Finds the texts of a pack tree that are not given in every content language: any mapping with a
 * content language's entry ({@code en}, {@code fr}…) is a text per language and needs all five,
 * non-blank.
 */
final class TextsInEveryLanguage {

    private TextsInEveryLanguage() {
    }

    static void check(Object node, String path, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            if (ContentLanguage.codes().stream().anyMatch(map::containsKey)) {
                for (String lang : ContentLanguage.codes()) {
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
