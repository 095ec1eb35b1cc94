package org.tnracademy.content.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.curriculum.CourseLevel;
import org.tnracademy.exercises.curriculum.RepressionForm;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.exercises.written.WrittenSpec;

/**
 * Every exercise file of the starter pack and its key read cleanly through the exercise type named
 * in the file, follow the agreed pack format (policy, level, forms), are fully bilingual, and are
 * graded 1 when answered exactly as the key says.
 */
class PackExercisesTest {

    private static final Set<String> FILE_FIELDS = Set.of("id", "type", "version", "title", "instructions", "level",
            "forms", "dataset", "key", "policy", "spec");
    private static final Set<String> POLICY_FIELDS = Set.of("maxAttempts", "timeLimitMinutes", "scoring", "hints",
            "confidence", "variants");

    static List<PackExercise> exercises() {
        return PackExercise.all();
    }

    static List<PackExercise> writtenAnalyses() {
        return PackExercise.all().stream().filter(e -> e.type().equals(WrittenType.ID)).toList();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void specAndKeyReadCleanlyThroughTheExerciseType(PackExercise exercise) {
        assertThat(exercise.fileName()).isEqualTo(exercise.id() + ".yaml");
        assertThat(ExerciseTypes.byId(exercise.type())).as("type of %s", exercise).isPresent();
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(exercise.type());
        assertThatCode(() -> type.check(exercise.spec(), exercise.key())).as("spec and key of %s", exercise)
                .doesNotThrowAnyException();
        assertThat(exercise.key().get("exercise")).as("the key of %s names its exercise", exercise)
                .isEqualTo(exercise.id());
    }

    /** The other types are answered with their keys by EveryExerciseScoresOneWithItsKeyTest. */
    @ParameterizedTest
    @MethodSource("writtenAnalyses")
    void aWrittenAnalysisModelAnswerWithFullMarksScoresOne(PackExercise exercise) {
        assertThat(fullMarksOnTheModelAnswer((WrittenType) ExerciseTypes.get(exercise.type()), exercise))
                .as(exercise.id()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void policyLevelAndFormsFollowThePackFormat(PackExercise exercise) {
        assertThat(exercise.file().keySet()).as("fields of %s", exercise).isSubsetOf(FILE_FIELDS);
        assertThat(exercise.file().get("version")).as("version of %s", exercise).isInstanceOf(Integer.class);
        if (exercise.file().containsKey("level")) {
            assertThat(exercise.file().get("level")).as("level of %s", exercise).isIn(CourseLevel.ids());
        }
        if (exercise.file().containsKey("forms")) {
            assertThat(exercise.file().get("forms")).as("forms of %s", exercise)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .isNotEmpty().doesNotHaveDuplicates().allMatch(RepressionForm.ids()::contains);
        }
        Map<String, Object> policy = exercise.policy();
        assertThat(policy.keySet()).as("policy fields of %s", exercise).isSubsetOf(POLICY_FIELDS);
        if (policy.containsKey("maxAttempts")) {
            assertThat(policy.get("maxAttempts")).as("maxAttempts of %s", exercise)
                    .isInstanceOfSatisfying(Integer.class, n -> assertThat(n).isBetween(1, 20));
        }
        if (policy.containsKey("timeLimitMinutes")) {
            assertThat(policy.get("timeLimitMinutes")).as("timeLimitMinutes of %s", exercise)
                    .isInstanceOfSatisfying(Integer.class, n -> assertThat(n).isBetween(1, 600));
        }
        if (policy.containsKey("confidence")) {
            Map<String, Object> confidence = PackTrees.map(policy, "confidence");
            assertThat(confidence.keySet()).as("confidence of %s", exercise).containsExactlyInAnyOrder("ask", "weight");
            assertThat(confidence.get("ask")).as("confidence asked in %s", exercise).isIn("per-answer", "per-item");
            assertThat(confidence.get("weight")).as("confidence weight in %s", exercise)
                    .isInstanceOfSatisfying(Number.class, w -> assertThat(w.doubleValue()).isBetween(0.0, 0.5));
        }
        if (policy.containsKey("variants")) {
            Map<String, Object> variants = PackTrees.map(policy, "variants");
            assertThat(variants.keySet()).as("variants of %s", exercise).containsAnyOf("items")
                    .isSubsetOf("items", "stratifyBy", "seed");
            assertThat(variants.get("items")).as("items per learner in %s", exercise)
                    .isInstanceOfSatisfying(Integer.class, n -> assertThat(n).isBetween(1, 500));
        }
        if (policy.containsKey("scoring")) {
            assertThat(policy.get("scoring")).as("scoring of %s", exercise).isIn("best", "last", "average");
        }
        if (policy.containsKey("hints")) {
            List<Map<String, Object>> hints = PackTrees.list(policy, "hints");
            assertThat(hints).as("hints of %s", exercise).hasSizeBetween(1, 5);
            for (Map<String, Object> hint : hints) {
                assertThat(hint.keySet()).containsExactlyInAnyOrder("text", "cost");
                assertThat(hint.get("cost")).as("hint cost in %s", exercise).isInstanceOfSatisfying(Number.class,
                        c -> assertThat(c.doubleValue()).isGreaterThan(0).isLessThanOrEqualTo(0.5));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void everyTextIsGivenInEveryContentLanguage(PackExercise exercise) {
        List<String> problems = new ArrayList<>();
        TextsInEveryLanguage.check(exercise.file(), exercise.fileName(), problems);
        TextsInEveryLanguage.check(exercise.key(), (String) exercise.file().get("key"), problems);
        assertThat(problems).as("texts of %s", exercise).isEmpty();
    }

    private static double fullMarksOnTheModelAnswer(WrittenType written, PackExercise exercise) {
        WrittenSpec spec = written.readSpec(exercise.spec());
        written.readKey(spec, exercise.key());
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) exercise.key().get("modelAnswer");
        assertThat(model).as("the key of %s holds a model answer", exercise).isNotNull();
        var answer = written.readAnswer(spec, Map.of("text", model.get("en")));
        return written.grade(spec, answer, written.readGrade(spec, PackTrees.fullMarks(exercise.spec()))).score();
    }
}
