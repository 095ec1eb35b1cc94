package org.tnracademy.ui.studio.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The spec and key trees of the starter pack's exercises, read with Jackson YAML as the pack reader does. */
record StarterPackTrees(String exercise, String type, Map<String, Object> spec, Map<String, Object> key) {

    static final Path PACK = Path.of("../content/src/main/resources/packs/tnr-foundations");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @SuppressWarnings("unchecked")
    static List<StarterPackTrees> all() throws IOException {
        try (Stream<Path> files = Files.list(PACK.resolve("exercises"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(file -> {
                Map<String, Object> exercise = read(file);
                Object keyPath = exercise.get("key");
                Map<String, Object> key = keyPath == null ? Map.of() : read(PACK.resolve((String) keyPath));
                return new StarterPackTrees((String) exercise.get("id"), (String) exercise.get("type"),
                        (Map<String, Object>) exercise.get("spec"), key);
            }).toList();
        }
    }

    private static Map<String, Object> read(Path file) {
        try {
            return YAML.readValue(Files.readString(file), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return exercise + " (" + type + ")";
    }
}
