package org.tnracademy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The starter pack's course.yaml read with plain YAML: its modules and the steps in them, in order. */
record StarterCourse(List<Module> modules) {

    static final Path PACK = Path.of("src/main/resources/packs/tnr-foundations");

    record Module(String id, List<Step> steps) {
    }

    /** {@code kind} is {@code lesson} or {@code exercise}. */
    record Step(String kind, String id) {
    }

    static StarterCourse read() {
        JsonNode course = yaml(PACK.resolve("course.yaml"));
        List<Module> modules = new ArrayList<>();
        for (JsonNode module : course.get("modules")) {
            List<Step> steps = new ArrayList<>();
            for (JsonNode item : module.get("items")) {
                Map.Entry<String, JsonNode> only = item.properties().iterator().next();
                steps.add(new Step(only.getKey(), only.getValue().stringValue()));
            }
            modules.add(new Module(module.get("id").stringValue(), steps));
        }
        return new StarterCourse(modules);
    }

    List<String> ids(String kind) {
        return modules.stream().flatMap(m -> m.steps().stream()).filter(s -> s.kind().equals(kind)).map(Step::id).toList();
    }

    static JsonNode yaml(Path file) {
        try {
            return YAMLMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
