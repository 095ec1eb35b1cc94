package org.tnracademy.core.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pack folder of one course, one module and one exercise (id {@code ex}, its key beside it), for
 * tests of what the pack reader accepts in an exercise file, and the problems it finds in it.
 */
final class OneExercisePack {

    private OneExercisePack() {
    }

    /** Writes the course around {@code exercise} (the file's YAML) and its {@code key} into {@code dir}. */
    static void write(Path dir, String exercise, String key) throws IOException {
        file(dir, "course.yaml", """
                id: t
                version: 1
                level: beginner
                title: {en: "T"}
                summary: {en: "S"}
                modules:
                  - id: m
                    title: {en: "M"}
                    items:
                      - exercise: ex
                """);
        file(dir, "exercises/ex.yaml", exercise);
        file(dir, "keys/ex.key.yaml", key);
    }

    /** The pack's one exercise, as the reader reads it. */
    static CoursePack.Exercise exercise(PackReader reader, Path dir) {
        return (CoursePack.Exercise) reader.read(new DirectoryPackSource(dir)).modules().getFirst().items().getFirst();
    }

    /** The problems the reader refuses the pack for; fails when it accepts it. */
    static List<String> problems(PackReader reader, Path dir) {
        try {
            reader.read(new DirectoryPackSource(dir));
        } catch (PackValidationException e) {
            return e.problems().stream().map(PackProblem::toString).toList();
        }
        throw new AssertionError("the pack was accepted");
    }

    private static void file(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
