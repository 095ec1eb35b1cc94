package org.tnracademy.content.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-written files of the starter pack (the course, and the exercises and keys the dataset
 * generator does not write) give every text in the five languages of the academy: a mapping with an
 * {@code en} entry is a text per language and needs each of them, non-blank. Generated files (their
 * header says "Do not edit: regenerate") get their languages from the generator.
 */
class HandWrittenTextsInFiveLanguagesTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "it", "ja");
    /** The header lines a generated file starts with: the marker is among them. */
    private static final int HEADER_LINES = 5;
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static List<Path> handWrittenFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(PackExercise.PACK.resolve("course.yaml"));
        for (String folder : List.of("exercises", "keys")) {
            try (Stream<Path> in = Files.list(PackExercise.PACK.resolve(folder))) {
                in.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream().filter(f -> !generated(f)).toList();
    }

    @ParameterizedTest
    @MethodSource("handWrittenFiles")
    void everyTextIsGivenInTheFiveLanguages(Path file) {
        List<String> problems = new ArrayList<>();
        check(YAML.readValue(file.toFile(), Object.class), file.getFileName().toString(), problems);
        assertThat(problems).as("texts of %s", file).isEmpty();
    }

    private static void check(Object node, String path, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("en")) {
                for (String lang : LANGUAGES) {
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

    private static boolean generated(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(HEADER_LINES).anyMatch(line -> line.startsWith("#") && line.contains("Do not edit"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
