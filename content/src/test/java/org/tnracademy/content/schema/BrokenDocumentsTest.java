package org.tnracademy.content.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.content.schema.PackSchemas.Kind;
import org.tnracademy.content.schema.PackSchemas.Problem;

/**
 * Broken documents are refused by the schemas, at the field that is wrong. Where the core's pack
 * validator refuses the same mistake, both are checked on a copy of the starter pack with one
 * file changed, so schemas and validator cannot drift apart unnoticed.
 */
class BrokenDocumentsTest {

    private static final Path STARTER = Path.of("src/main/resources/packs/tnr-foundations");
    private static final String COURSE = "course.yaml";
    private static final String EXERCISE = "exercises/label-posts-basics.yaml";
    private static final String KEY = "keys/label-posts-basics.key.yaml";
    private static final String DATASET = "datasets/posts-basics.jsonl";
    private static final String LESSON = "lessons/what-is-digital-tnr.en.md";

    private final PackSchemas schemas = new PackSchemas();

    /** One change to one file of the starter pack that both the schema and the pack validator refuse. */
    static Stream<Arguments> mistakesBothRefuse() {
        return Stream.of(
                Arguments.of("missing course id", COURSE, Kind.COURSE, "id: tnr-foundations\n", "", "", "required"),
                Arguments.of("id with capitals and a space", COURSE, Kind.COURSE, "id: tnr-foundations", "id: TNR Foundations", "/id", "pattern"),
                Arguments.of("unknown level", COURSE, Kind.COURSE, "level: beginner", "level: expert", "/level", "enum"),
                Arguments.of("version as text", COURSE, Kind.COURSE, "version: 2", "version: \"2\"", "/version", "type"),
                Arguments.of("title without English", COURSE, Kind.COURSE,
                        "  en: \"Detecting digital transnational repression\"\n", "", "/title", "required"),
                Arguments.of("module without steps", COURSE, Kind.COURSE,
                        "    items:\n      - lesson: what-is-digital-tnr\n      - lesson: doxing-and-sexualized-smear\n      - exercise: mark-exposed-personal-data\n      - exercise: tnr-forms-quiz\n",
                        "    items: []\n", "/modules/0/items", "minItems"),
                Arguments.of("step that is both lesson and exercise", COURSE, Kind.COURSE,
                        "      - lesson: what-is-digital-tnr\n", "      - lesson: what-is-digital-tnr\n        exercise: label-posts-basics\n",
                        "/modules/0/items/0", "oneOf"),
                Arguments.of("lesson without minutes", LESSON, Kind.LESSON_FRONT_MATTER, "minutes: 15\n", "", "", "required"),
                Arguments.of("lesson of ten hours and a half", LESSON, Kind.LESSON_FRONT_MATTER, "minutes: 15", "minutes: 630", "/minutes", "maximum"),
                Arguments.of("unknown exercise type", EXERCISE, Kind.EXERCISE, "type: item-labelling", "type: crystal-ball", "/type", "enum"),
                Arguments.of("no attempt at all", EXERCISE, Kind.EXERCISE, "maxAttempts: 3", "maxAttempts: 0", "/policy/maxAttempts", "minimum"),
                Arguments.of("too many attempts", EXERCISE, Kind.EXERCISE, "maxAttempts: 3", "maxAttempts: 101", "/policy/maxAttempts", "maximum"),
                Arguments.of("dataset outside the pack", EXERCISE, Kind.EXERCISE,
                        "dataset: datasets/posts-basics.jsonl", "dataset: ../posts-basics.jsonl", "/dataset", "not"),
                Arguments.of("absolute key path", EXERCISE, Kind.EXERCISE,
                        "key: keys/label-posts-basics.key.yaml", "key: /etc/passwd", "/key", "pattern"),
                Arguments.of("label id with a capital", EXERCISE, Kind.EXERCISE, "- id: benign", "- id: Benign", "/spec/labels/4/id", "pattern"),
                Arguments.of("key entry without explanation", KEY, Kind.KEY,
                        "    explanation:\n      en: \"Benign (hard negative): the target", "    explanations:\n      en: \"Benign (hard negative): the target",
                        "/items/0", "required"),
                Arguments.of("non-synthetic dataset line", DATASET, Kind.DATASET_ITEM,
                        "\"synthetic\":true}", "\"synthetic\":false}", "/synthetic", "const"),
                Arguments.of("dataset line not marked synthetic", DATASET, Kind.DATASET_ITEM,
                        ",\"synthetic\":true}", "}", "", "required"),
                Arguments.of("dataset line marked synthetic as text", DATASET, Kind.DATASET_ITEM,
                        "\"synthetic\":true}", "\"synthetic\":\"true\"}", "/synthetic", "const"),
                Arguments.of("dataset line without text", DATASET, Kind.DATASET_ITEM,
                        "\"text\":\"À toutes celles", "\"body\":\"À toutes celles", "", "required"),
                Arguments.of("postedAt that is not an instant", DATASET, Kind.DATASET_ITEM,
                        "\"postedAt\":\"2025-03-04T20:30:00Z\"", "\"postedAt\":\"4 March 2025\"", "/postedAt", "pattern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakesBothRefuse")
    void theSchemaAndThePackValidatorBothRefuse(String mistake, String file, Kind kind, String from, String to,
                                                String pointer, String keyword, @TempDir Path dir) throws IOException {
        Path pack = copyOfStarterPack(dir);
        String original = Files.readString(pack.resolve(file));
        assertThat(original).as("the starter pack still contains what this case changes").contains(from);
        String broken = original.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Files.writeString(pack.resolve(file), broken);

        List<Problem> problems = problems(kind, broken);
        assertThat(problems).as(mistake).anyMatch(p -> p.pointer().equals(pointer) && p.keyword().equals(keyword));
        assertThat(schemas.validateFile(kind, file, broken)).allMatch(line -> line.startsWith(file + ":"));

        assertThatThrownBy(() -> new PackReader().read(new DirectoryPackSource(pack)))
                .as("the pack validator refuses it too").isInstanceOf(PackValidationException.class);
    }

    /**
     * Mistakes the schemas refuse although the pack validator lets them through today: unknown
     * fields (a misspelt optional field is otherwise silently ignored, and answers have no place in
     * a dataset), values longer than the database columns, and language codes the academy cannot
     * select. See "Schemas and the validator" in docs/content-format.md.
     */
    static Stream<Arguments> mistakesOnlyTheSchemaRefuses() {
        return Stream.of(
                Arguments.of("unknown top-level field in course.yaml", Kind.COURSE, """
                        id: c
                        version: 1
                        level: beginner
                        author: someone
                        title: {en: C}
                        summary: {en: S}
                        modules: [{id: m, title: {en: M}, items: [{lesson: l}]}]
                        """, "", "additionalProperties"),
                Arguments.of("misspelt maxAttempts", Kind.EXERCISE, """
                        id: e
                        type: item-labelling
                        version: 1
                        title: {en: E}
                        instructions: {en: Do it}
                        dataset: datasets/d.jsonl
                        key: keys/e.key.yaml
                        policy: {maxAtempts: 5}
                        spec: {labels: [{id: a, title: {en: A}}]}
                        """, "/policy", "additionalProperties"),
                Arguments.of("a label leaking into the dataset", Kind.DATASET_ITEM,
                        "{\"id\":\"p1\",\"text\":\"t\",\"label\":\"doxing\",\"synthetic\":true}", "", "additionalProperties"),
                Arguments.of("numeric dataset id", Kind.DATASET_ITEM,
                        "{\"id\":7,\"text\":\"t\",\"synthetic\":true}", "/id", "type"),
                Arguments.of("platform longer than its column", Kind.DATASET_ITEM,
                        "{\"id\":\"p1\",\"text\":\"t\",\"platform\":\"" + "x".repeat(101) + "\",\"synthetic\":true}", "/platform", "maxLength"),
                Arguments.of("unknown front matter field", Kind.LESSON_FRONT_MATTER, "title: T\nminutes: 5\nauthor: me\n", "", "additionalProperties"),
                Arguments.of("content note that is not text", Kind.LESSON_FRONT_MATTER, "title: T\nminutes: 5\ncontentNote: 12\n", "/contentNote", "type"),
                Arguments.of("language key in capitals", Kind.KEY,
                        "exercise: e\nitems: [{item: p1, label: a, explanation: {en: x, FR: y}}]\n", "/items/0/explanation", "propertyNames"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakesOnlyTheSchemaRefuses")
    void theSchemaRefuses(String mistake, Kind kind, String document, String pointer, String keyword) {
        assertThat(problems(kind, document)).as(mistake)
                .anyMatch(p -> p.pointer().equals(pointer) && p.keyword().equals(keyword));
    }

    private List<Problem> problems(Kind kind, String document) {
        return switch (kind) {
            case DATASET_ITEM -> document.lines().filter(l -> !l.isBlank())
                    .flatMap(l -> schemas.validate(kind, PackSchemas.json(l)).stream()).toList();
            case LESSON_FRONT_MATTER -> schemas.validate(kind, PackSchemas.yaml(
                    PackSchemas.frontMatter(document).orElse(document)));
            default -> schemas.validate(kind, PackSchemas.yaml(document));
        };
    }

    private static Path copyOfStarterPack(Path dir) throws IOException {
        Path pack = dir.resolve("pack");
        try (Stream<Path> files = Files.walk(STARTER)) {
            for (Path f : files.toList()) {
                Path target = pack.resolve(STARTER.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return pack;
    }
}
