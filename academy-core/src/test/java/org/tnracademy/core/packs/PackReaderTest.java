package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackReaderTest {

    private final PackReader reader = new PackReader();

    @Test
    void readsAValidPackWithLessonsExerciseDatasetAndKey() {
        CoursePack pack = reader.read(new ClasspathPackSource("packs/test-course", getClass().getClassLoader()));

        assertThat(pack.id()).isEqualTo("test-course");
        assertThat(pack.modules()).hasSize(1);
        assertThat(pack.modules().getFirst().items()).extracting(CoursePack.Item::id).containsExactly("intro", "label-six");
        CoursePack.Lesson lesson = (CoursePack.Lesson) pack.modules().getFirst().items().get(0);
        assertThat(lesson.title().byLanguage()).containsEntry("fr", "Introduction (fr)");
        assertThat(lesson.contentNote().byLanguage()).containsKey("en");
        CoursePack.Exercise exercise = (CoursePack.Exercise) pack.modules().getFirst().items().get(1);
        assertThat(exercise.maxAttempts()).isEqualTo(2);
        assertThat(exercise.dataset().posts()).hasSize(6);
        assertThat(exercise.key()).hasSize(6);
    }

    @Test
    void theContentHashIsStableForTheSameFiles() {
        PackSource source = new ClasspathPackSource("packs/test-course", getClass().getClassLoader());
        assertThat(reader.read(source).contentHash()).isEqualTo(reader.read(source).contentHash()).hasSize(64);
    }

    @Test
    void everyProblemIsReportedAtOnceWithFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "course.yaml", """
                id: broken
                version: 1
                level: expert
                title: {fr: "Sans anglais"}
                summary: {en: "s"}
                modules:
                  - id: m
                    title: {en: "M"}
                    items:
                      - lesson: missing-lesson
                      - exercise: ex
                """);
        write(dir, "exercises/ex.yaml", """
                id: ex
                type: item-labelling
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                dataset: data.jsonl
                key: key.yaml
                spec:
                  labels:
                    - {id: doxing, title: {en: Doxing}}
                """);
        write(dir, "data.jsonl", """
                {"id":"a","text":"one","synthetic":true}
                {not json
                {"id":"b","text":"two","synthetic":false}
                {"id":"a","text":"dup","synthetic":true}
                """);
        write(dir, "key.yaml", """
                exercise: ex
                items:
                  - {item: a, label: smear, explanation: {en: "x"}}
                  - {item: zzz, label: doxing, explanation: {en: "x"}}
                """);

        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> {
                    List<String> problems = e.problems().stream().map(PackProblem::toString).toList();
                    assertThat(problems).anyMatch(p -> p.startsWith("course.yaml:3: level"));
                    assertThat(problems).anyMatch(p -> p.startsWith("course.yaml:4: title.en"));
                    assertThat(problems).anyMatch(p -> p.startsWith("lessons/missing-lesson.en.md"));
                    assertThat(problems).anyMatch(p -> p.startsWith("data.jsonl:2: not a JSON object"));
                    assertThat(problems).anyMatch(p -> p.startsWith("data.jsonl:3: synthetic"));
                    assertThat(problems).anyMatch(p -> p.startsWith("data.jsonl:4: id: 'a' appears twice"));
                    assertThat(problems).anyMatch(p -> p.contains("key.yaml") && p.contains("'smear'"));
                    assertThat(problems).anyMatch(p -> p.contains("key.yaml") && p.contains("'zzz' is not in dataset"));
                    assertThat(problems).anyMatch(p -> p.contains("dataset item 'b' has no key entry"));
                    assertThat(e.getMessage()).contains("9 problem(s)");
                    // lines come from where the field stands in the file
                    assertThat(problems).anyMatch(p -> p.startsWith("key.yaml:3: items[0].label"));
                    assertThat(problems).anyMatch(p -> p.startsWith("key.yaml:4: items[1].item"));
                });
    }

    @Test
    void brokenYamlNamesTheLine(@TempDir Path dir) throws IOException {
        write(dir, "course.yaml", "id: x\ntitle: {en: \"unterminated\n");
        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().line()).isPositive());
    }

    @Test
    void pathsThatClimbOutOfThePackAreRefused(@TempDir Path dir) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        write(dir, "secret.jsonl", "{\"id\":\"s\",\"text\":\"secret\",\"synthetic\":true}\n");
        write(pack, "course.yaml", """
                id: climb
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
        write(pack, "exercises/ex.yaml", """
                id: ex
                type: item-labelling
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                dataset: ../secret.jsonl
                key: /etc/passwd
                spec:
                  labels:
                    - {id: doxing, title: {en: Doxing}}
                """);
        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(pack)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.file().equals("../secret.jsonl") && p.reason().contains("not allowed")));
    }

    @Test
    void unknownExerciseTypesAreNamed(@TempDir Path dir) throws IOException {
        write(dir, "course.yaml", """
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
        write(dir, "exercises/ex.yaml", "id: ex\ntype: crystal-ball\nversion: 1\n");
        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.reason().contains("'crystal-ball' is not a known exercise type")));
    }

    @Test
    void aYamlAliasBombIsRefusedQuickly(@TempDir Path dir) throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(p);
            }
            bomb.append("]\n");
        }
        write(dir, "course.yaml", bomb.toString());
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems().getFirst().reason())
                        .startsWith("not valid YAML").containsIgnoringCase("alias"));
        assertThat(System.nanoTime() - start).as("refused without expanding").isLessThan(5_000_000_000L);
    }

    @Test
    void theCommandLineValidatorListsProblemsOrSummarises(@TempDir Path dir) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        write(dir, "course.yaml", "id: Bad Id\n");
        int broken = PackValidatorCommand.run(new String[] {dir.toString()}, new java.io.PrintStream(out, true));
        assertThat(broken).isEqualTo(1);
        assertThat(out.toString()).contains("course.yaml:1: id:").contains("nothing would be imported");

        out.reset();
        Path good = Path.of("src/test/resources/packs/test-course");
        assertThat(PackValidatorCommand.run(new String[] {good.toString()}, new java.io.PrintStream(out, true)))
                .isZero();
        assertThat(out.toString()).startsWith("OK: pack test-course version 1: 1 modules, 1 lessons, 1 exercises");
        assertThat(PackValidatorCommand.run(new String[] {}, new java.io.PrintStream(out, true))).isEqualTo(2);
    }

    @Test
    void unknownFieldsDuplicateModulesAndOverlongValuesAreNamed(@TempDir Path dir) throws IOException {
        write(dir, "course.yaml", """
                id: t
                version: 1
                level: beginner
                title: {en: "T"}
                summary: {en: "S"}
                sumary: {en: "typo"}
                modules:
                  - id: m
                    title: {en: "M"}
                    items:
                      - exercise: ex
                  - id: m
                    title: {en: "M again"}
                    items:
                      - lesson: l
                """);
        write(dir, "lessons/l.en.md", "---\ntitle: L\nminutes: 5\nauthor: me\n---\nText\n");
        write(dir, "exercises/ex.yaml", """
                id: ex
                type: item-labelling
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                dataset: data.jsonl
                key: key.yaml
                policy:
                  maxAtempts: 5
                spec:
                  labels:
                    - {id: doxing, title: {en: Doxing}}
                """);
        write(dir, "data.jsonl", "{\"id\":\"a\",\"text\":\"t\",\"platform\":\"" + "p".repeat(150)
                + "\",\"synthetic\":true}\n");
        write(dir, "key.yaml", "exercise: ex\nitems:\n  - {item: a, label: doxing, explanation: {en: x}}\n");
        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> {
                    List<String> problems = e.problems().stream().map(PackProblem::toString).toList();
                    assertThat(problems).anyMatch(p -> p.startsWith("course.yaml:6: sumary: unknown field"));
                    assertThat(problems).anyMatch(p -> p.contains("module id 'm' is used twice"));
                    assertThat(problems).anyMatch(p -> p.startsWith("lessons/l.en.md:4: author: unknown field"));
                    assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:9: policy.maxAtempts: unknown"));
                    assertThat(problems).anyMatch(p -> p.startsWith("data.jsonl:1: platform: at most 100 characters"));
                });
    }

    @Test
    void aLinkedFolderInsideAPackFolderIsNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.jsonl"), "{\"id\":\"s\",\"text\":\"secret\",\"synthetic\":true}\n");
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.createSymbolicLink(pack.resolve("datasets"), outside);
        assertThat(new DirectoryPackSource(pack).read("datasets/secret.jsonl")).isEmpty();
    }

    private static void write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
