package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;

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
        assertThat((List<?>) exercise.key().get("items")).hasSize(6);
        assertThat(exercise.spec()).containsKey("labels");
    }

    @Test
    void readsOneExerciseOfEveryTypeWithItsPolicy() {
        CoursePack pack = reader.read(new ClasspathPackSource("packs/all-types", getClass().getClassLoader()));

        Map<String, CoursePack.Exercise> byId = new java.util.LinkedHashMap<>();
        pack.modules().stream().flatMap(m -> m.items().stream())
                .forEach(i -> byId.put(i.id(), (CoursePack.Exercise) i));
        assertThat(byId.values()).extracting(CoursePack.Exercise::type)
                .containsAll(org.tnracademy.exercises.types.ExerciseTypes.ids());
        CoursePack.Exercise timed = byId.get("order-the-case");
        assertThat(timed.policy().timeLimitMinutes()).isEqualTo(10);
        assertThat(timed.policy().maxAttempts()).isEqualTo(2);
        CoursePack.Exercise hinted = byId.get("tag-the-smear");
        assertThat(hinted.policy().hints()).extracting(AttemptPolicy.Hint::cost).containsExactly(0.1, 0.2);
        assertThat(hinted.forms()).containsExactly("sexualized-smear", "information-manipulation");
        assertThat(byId.get("find-the-network-average").policy().scoring()).isEqualTo(ScoringPolicy.AVERAGE);
        assertThat(byId.get("find-the-network").policy().scoring()).isEqualTo(ScoringPolicy.BEST);
        assertThat(byId.get("match-implant-logs").level()).isEqualTo("advanced");
        assertThat(byId.get("pick-the-doxing").key()).containsKey("questions");
        assertThat(byId.get("label-three").dataset().posts()).hasSize(3);
    }

    @Test
    void aBadSpecFieldIsNamedWithItsLineAndReason(@TempDir Path dir) throws IOException {
        onePack(dir, "ex", """
                id: ex
                type: set-selection
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                key: keys/ex.key.yaml
                spec:
                  items: [acct-01, acct-02]
                  metric: accuracy
                """, "selected: [acct-01]\n");
        assertThat(problems(dir)).anyMatch(p -> p.startsWith("exercises/ex.yaml:9: spec.metric:")
                && p.contains("accuracy"));
    }

    @Test
    void aBadKeyItemIsNamedWithItsLineAndReason(@TempDir Path dir) throws IOException {
        onePack(dir, "ex", """
                id: ex
                type: technique-tagging
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                key: keys/ex.key.yaml
                spec:
                  catalogue:
                    - {id: T0085, tactic: TA06, name: {en: "Develop text-based content"}}
                    - {id: T0049, tactic: TA17, name: {en: "Flood information space"}}
                """, """
                exercise: ex
                techniques:
                  - id: T0085
                    explanation: {en: "Fabricated text."}
                  - id: T9999
                    explanation: {en: "Not in the catalogue."}
                """);
        assertThat(problems(dir)).anyMatch(p -> p.startsWith("keys/ex.key.yaml:5: techniques[1]")
                && p.contains("T9999"));
    }

    @Test
    void badPolicyFieldsAreEachNamedWithLineAndReason(@TempDir Path dir) throws IOException {
        onePack(dir, "ex", """
                id: ex
                type: timeline
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                level: expert
                forms: [doxing, gossip]
                key: keys/ex.key.yaml
                policy:
                  maxAttempts: 21
                  timeLimitMinutes: 0
                  scoring: worst
                  hints:
                    - text: {en: "Free"}
                      cost: 0
                    - text: {fr: "Sans anglais"}
                      cost: 0.6
                spec:
                  events:
                    - {id: ev-a, text: "A"}
                    - {id: ev-b, text: "B"}
                """, """
                events:
                  - {event: ev-a, at: "2025-03-04T21:30:00+01:00"}
                  - {event: ev-b, at: "2025-03-04T22:30:00+01:00"}
                """);
        List<String> problems = problems(dir);
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:6: level: must be one of"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:7: forms[1]: 'gossip' is not a known form"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:10: policy.maxAttempts: a whole number from 1 to 20"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:11: policy.timeLimitMinutes: a whole number from 1 to 600"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:12: policy.scoring: must be one of [best, last, average]"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:15: policy.hints[0].cost: a share of the score above 0"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:16: policy.hints[1].text.en: the English text is required"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:17: policy.hints[1].cost"));
    }

    @Test
    void anUnknownTypeListsTheKnownOnes(@TempDir Path dir) throws IOException {
        onePack(dir, "ex", "id: ex\ntype: crystal-ball\nversion: 1\ntitle: {en: E}\ninstructions: {en: I}\nspec: {}\n"
                + "key: keys/ex.key.yaml\n", "{}\n");
        assertThat(problems(dir)).anyMatch(p -> p.startsWith("exercises/ex.yaml:2: type: 'crystal-ball'")
                && p.contains("choice") && p.contains("written-analysis") && p.contains("set-selection"));
    }

    private void onePack(Path dir, String id, String exercise, String key) throws IOException {
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
                      - exercise: %s
                """.formatted(id));
        write(dir, "exercises/" + id + ".yaml", exercise);
        write(dir, "keys/" + id + ".key.yaml", key);
    }

    private List<String> problems(Path dir) {
        try {
            reader.read(new DirectoryPackSource(dir));
        } catch (PackValidationException e) {
            return e.problems().stream().map(PackProblem::toString).toList();
        }
        throw new AssertionError("the pack was accepted");
    }

    @Test
    void theContentHashFollowsTheFilesWhereverTheyAreReadFrom(@TempDir Path dir) throws IOException {
        String fromClasspath = reader.read(new ClasspathPackSource("packs/test-course", getClass().getClassLoader()))
                .contentHash();
        Path copy = copyOfTestCourse(dir.resolve("copy"));
        assertThat(reader.read(new DirectoryPackSource(copy)).contentHash()).isEqualTo(fromClasspath).hasSize(64);

        // one changed character in a lesson, a key or a dataset is another version of the course
        Map<String, String[]> edits = Map.of(
                "lessons/intro.fr.md", new String[] {"# Introduction", "# Introductions"},
                "keys/label-six.key.yaml", new String[] {"Intimidation.\"", "Intimidations.\""},
                "datasets/six.jsonl", new String[] {"Nowhere", "Nowhere!"});
        for (Map.Entry<String, String[]> edit : edits.entrySet()) {
            Path changed = copyOfTestCourse(dir.resolve(edit.getKey().replace('/', '-')));
            Path file = changed.resolve(edit.getKey());
            String text = Files.readString(file);
            assertThat(text).contains(edit.getValue()[0]);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(edit.getValue()[0]),
                    edit.getValue()[1]));
            assertThat(reader.read(new DirectoryPackSource(changed)).contentHash()).as(edit.getKey())
                    .isNotEqualTo(fromClasspath);
        }
    }

    private Path copyOfTestCourse(Path to) throws IOException {
        Path from;
        try {
            from = Path.of(getClass().getClassLoader().getResource("packs/test-course").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
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
                    assertThat(e.getMessage()).contains("9 problems");
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
    void aYamlFileNestedDeeperThanAnyPackIsRefusedAsInvalid(@TempDir Path dir) throws IOException {
        write(dir, "course.yaml", "id: deep\nmodules: " + "[".repeat(YamlDocuments.MAX_DEPTH + 10)
                + "]".repeat(YamlDocuments.MAX_DEPTH + 10) + "\n");
        assertThatThrownBy(() -> reader.read(new DirectoryPackSource(dir)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems().getFirst().reason())
                        .startsWith("not valid YAML").contains("depth"));
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
