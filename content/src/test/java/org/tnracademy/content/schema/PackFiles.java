package org.tnracademy.content.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * Which schema each file of a pack folder is checked against: by the layout authors follow
 * (course.yaml, lessons/*.md, exercises/*.yaml, keys/*.yaml, any *.jsonl) and by what the
 * exercises refer to (their dataset and key, wherever they are), so no file escapes the check.
 */
final class PackFiles {

    private PackFiles() {
    }

    static Map<String, PackSchemas.Kind> of(Path pack) {
        Map<String, PackSchemas.Kind> files = new LinkedHashMap<>();
        for (String file : list(pack)) {
            PackSchemas.Kind kind = byLayout(file);
            if (kind != null) {
                files.put(file, kind);
            }
        }
        // an exercise may keep its dataset or key elsewhere: follow its references too
        files.entrySet().stream().filter(e -> e.getValue() == PackSchemas.Kind.EXERCISE).map(Map.Entry::getKey)
                .toList().forEach(exercise -> {
                    JsonNode e;
                    try {
                        e = PackSchemas.yaml(PackSchemas.read(pack.resolve(exercise)));
                    } catch (RuntimeException unreadable) {
                        return; // reported when the exercise itself is validated
                    }
                    reference(pack, e, "dataset", PackSchemas.Kind.DATASET_ITEM, files);
                    reference(pack, e, "key", PackSchemas.Kind.KEY, files);
                });
        return files;
    }

    private static void reference(Path pack, JsonNode exercise, String field, PackSchemas.Kind kind,
                                  Map<String, PackSchemas.Kind> files) {
        JsonNode path = exercise == null ? null : exercise.get(field);
        if (path != null && path.isString() && !path.stringValue().contains("..")
                && Files.isRegularFile(pack.resolve(path.stringValue()))) {
            files.putIfAbsent(path.stringValue(), kind);
        }
    }

    private static PackSchemas.Kind byLayout(String file) {
        if (file.equals("course.yaml")) {
            return PackSchemas.Kind.COURSE;
        }
        if (file.endsWith(".jsonl")) {
            return PackSchemas.Kind.DATASET_ITEM;
        }
        if (file.startsWith("lessons/") && file.endsWith(".md")) {
            return PackSchemas.Kind.LESSON_FRONT_MATTER;
        }
        if (file.startsWith("exercises/") && file.endsWith(".yaml")) {
            return PackSchemas.Kind.EXERCISE;
        }
        if (file.startsWith("keys/") && file.endsWith(".yaml")) {
            return PackSchemas.Kind.KEY;
        }
        return null;
    }

    private static java.util.List<String> list(Path pack) {
        try (Stream<Path> all = Files.walk(pack)) {
            return all.filter(Files::isRegularFile).map(f -> pack.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
