package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every exercise file of the starter pack, whoever wrote it, reads cleanly with its type and, answered
 * exactly as its key says, scores 1; answered with nothing, it scores 0 or is refused. The perfect
 * answer is built from the key by one small builder per type, so a key that contradicts its spec
 * (a label the spec lacks, a span cut from the wrong text) fails here.
 */
class EveryExerciseScoresOneWithItsKeyTest {

    private static final Path PACK = Path.of("src/main/resources/packs/tnr-foundations");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void thePackHasExercisesOfSeveralTypes() throws IOException {
        assertThat(exerciseFiles()).hasSizeGreaterThanOrEqualTo(7);
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseAnsweredWithItsKeyScoresOne() throws IOException {
        return exerciseFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> exercise = read(file);
            String typeId = (String) exercise.get("type");
            ExerciseType<?, ?, ?> type = ExerciseTypes.get(typeId);
            Map<String, Object> spec = map(exercise.get("spec"), file + ": spec");
            Object keyPath = exercise.get("key");
            assertThat(keyPath).as("%s names its key", file).isInstanceOf(String.class);
            Map<String, Object> key = read(PACK.resolve((String) keyPath));
            type.check(spec, key);
            if (type.gradedByInstructor()) {
                return; // written analysis: no automatic grade, reading spec and key cleanly is the check
            }
            AutoGradedType<?, ?, ?, ?> graded = ExerciseTypes.autoGraded(typeId);
            assertThat(graded.gradeTrees(spec, key, perfectAnswer(typeId, key)).score())
                    .as("%s answered with its key", file).isEqualTo(1.0);
            try {
                assertThat(graded.gradeTrees(spec, key, Map.of()).score()).as("%s answered with nothing", file)
                        .isZero();
            } catch (InvalidAnswerException refused) {
                // refusing an empty answer is as good as scoring it 0
            }
        }));
    }

    /** The answer tree that agrees with the key in everything, per docs/exercise-types. */
    static Map<String, Object> perfectAnswer(String type, Map<String, Object> key) {
        return switch (type) {
            case "item-labelling" -> {
                Map<String, Object> labels = new LinkedHashMap<>();
                list(key.get("items")).forEach(i -> labels.put(text(i, "item"), text(i, "label")));
                yield Map.of("labels", labels);
            }
            case "set-selection" -> Map.of("chosen", key.get("selected"));
            case "spans" -> Map.of("spans", list(key.get("spans")).stream().map(s -> Map.of(
                    "post", s.get("post"), "start", s.get("start"), "end", s.get("end"),
                    "category", s.get("category"))).toList());
            case "indicators" -> {
                Map<String, Object> matches = new LinkedHashMap<>();
                list(key.get("hits")).forEach(h -> matches.put(text(h, "line"), text(h, "indicator")));
                yield Map.of("matches", matches);
            }
            case "timeline" -> Map.of("order", list(key.get("events")).stream()
                    .sorted(Comparator.comparing(e -> OffsetDateTime.parse(String.valueOf(e.get("at"))).toInstant()))
                    .map(e -> text(e, "event")).toList());
            case "estimate" -> {
                Map<String, Object> answers = new LinkedHashMap<>();
                list(key.get("answers")).forEach(a -> answers.put(text(a, "question"), a.containsKey("value")
                        ? a.get("value") : Map.of("latitude", a.get("latitude"), "longitude", a.get("longitude"))));
                yield Map.of("answers", answers);
            }
            case "technique-tagging" -> Map.of("techniques",
                    list(key.get("techniques")).stream().map(t -> text(t, "id")).toList());
            case "choice" -> {
                Map<String, Object> picks = new LinkedHashMap<>();
                list(key.get("questions")).forEach(q -> picks.put(text(q, "id"), list(q.get("options")).stream()
                        .filter(o -> Boolean.TRUE.equals(o.get("correct"))).map(o -> text(o, "id")).toList()));
                yield Map.of("picks", picks);
            }
            case "short-answer" -> {
                Map<String, Object> values = new LinkedHashMap<>();
                list(key.get("blanks")).forEach(b -> {
                    if (!(b.get("accepted") instanceof List<?> accepted) || accepted.isEmpty()) {
                        throw new AssertionError("blank " + b.get("id") + " has only patterns: give it an accepted "
                                + "answer so that the key can be checked against its own spec");
                    }
                    values.put(text(b, "id"), accepted.getFirst());
                });
                yield Map.of("values", values);
            }
            default -> throw new AssertionError("no perfect-answer builder for type '" + type + "': add one here");
        };
    }

    private static List<Path> exerciseFiles() throws IOException {
        try (Stream<Path> files = Files.list(PACK.resolve("exercises"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws IOException {
        Object tree = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), Object.class);
        return map(tree, file.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String where) {
        if (!(node instanceof Map<?, ?> m)) {
            return fail(where + " is not a map");
        }
        return (Map<String, Object>) m;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (node instanceof List<?> l) {
            l.forEach(e -> out.add((Map<String, Object>) e));
        }
        return out;
    }

    private static String text(Map<String, Object> node, String field) {
        return String.valueOf(node.get(field));
    }
}
