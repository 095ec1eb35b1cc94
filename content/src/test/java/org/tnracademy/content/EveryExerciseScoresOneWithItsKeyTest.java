package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            assertThat(graded.gradeTrees(spec, key, PerfectAnswers.of(typeId, key)).score())
                    .as("%s answered with its key", file).isEqualTo(1.0);
            try {
                assertThat(graded.gradeTrees(spec, key, Map.of()).score()).as("%s answered with nothing", file)
                        .isZero();
            } catch (InvalidAnswerException refused) {
                // refusing an empty answer is as good as scoring it 0
            }
        }));
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
}
