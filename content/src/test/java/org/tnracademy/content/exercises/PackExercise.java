package org.tnracademy.content.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One {@code exercises/<id>.yaml} of the starter pack with the trees of its file and of the key it
 * names, read with plain YAML so that the checks do not depend on the core's pack reader.
 */
record PackExercise(String fileName, Map<String, Object> file, Map<String, Object> key) {

    static final Path PACK = Path.of("src/main/resources/packs/tnr-foundations");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static List<PackExercise> all() {
        try (Stream<Path> files = Files.list(PACK.resolve("exercises"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(PackExercise::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PackExercise read(Path exerciseFile) {
        Map<String, Object> file = yaml(exerciseFile);
        Object keyPath = file.get("key");
        if (!(keyPath instanceof String path) || path.contains("..")) {
            throw new IllegalStateException(exerciseFile + ": 'key' must name a file of the pack, was " + keyPath);
        }
        return new PackExercise(exerciseFile.getFileName().toString(), file, yaml(PACK.resolve(path)));
    }

    String id() {
        return (String) file.get("id");
    }

    String type() {
        return (String) file.get("type");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> spec() {
        Object spec = file.get("spec");
        return spec instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> policy() {
        Object policy = file.get("policy");
        return policy instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A deep copy made through JSON, so that a builder or grader can never alter the file's tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> tree) {
        JsonMapper json = JsonMapper.builder().build();
        return json.readValue(json.writeValueAsString(tree), Map.class);
    }

    @Override
    public String toString() {
        return fileName;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) {
        try {
            return YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
