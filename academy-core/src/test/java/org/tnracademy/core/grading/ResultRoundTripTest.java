package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.exercises.written.WrittenResult;

/** Every type's result survives its JSON column: what the learner is shown later is what they were shown at once. */
class ResultRoundTripTest {

    private static final CoursePack PACK = new PackReader()
            .read(new ClasspathPackSource("packs/" + AllTypesPack.SLUG, ResultRoundTripTest.class.getClassLoader()));

    static Stream<String> autoGradedTypes() {
        return ExerciseTypes.ids().stream().filter(id -> !ExerciseTypes.get(id).gradedByInstructor());
    }

    @ParameterizedTest
    @MethodSource("autoGradedTypes")
    void aStoredResultReadsBackEqualWithTheTypesResultType(String typeId) {
        AutoGradedType<?, ?, ?, ?> type = ExerciseTypes.autoGraded(typeId);
        CoursePack.Exercise exercise = exercise(typeId);
        for (Map<String, Object> answer : List.of(AllTypesPack.keyAnswer(typeId), AllTypesPack.partialAnswer(typeId))) {
            GradeResult result = TypedTrees.grade(type, exercise.spec(), exercise.key(), answer);

            GradeResult read = TypedTrees.readResult(typeId, Json.write(result));

            assertThat(read).isInstanceOf(type.resultType());
            assertThat(read).usingRecursiveComparison().isEqualTo(result);
            assertThat(read.score()).isEqualTo(result.score());
        }
    }

    @ParameterizedTest
    @MethodSource("autoGradedTypes")
    void theKeysOwnAnswerScoresOneAndAPartialAnswerLess(String typeId) {
        AutoGradedType<?, ?, ?, ?> type = ExerciseTypes.autoGraded(typeId);
        CoursePack.Exercise exercise = exercise(typeId);
        assertThat(TypedTrees.grade(type, exercise.spec(), exercise.key(), AllTypesPack.keyAnswer(typeId)).score())
                .isEqualTo(1.0);
        assertThat(TypedTrees.grade(type, exercise.spec(), exercise.key(), AllTypesPack.partialAnswer(typeId)).score())
                .isGreaterThan(0.0).isLessThan(1.0);
    }

    @org.junit.jupiter.api.Test
    void anInstructorsGradeOfAWrittenAnalysisReadsBackEqual() {
        WrittenType type = ExerciseTypes.written();
        var rubric = type.readSpec(exercise(WrittenType.ID).spec());
        WrittenResult result = type.grade(rubric, type.readAnswer(rubric, AllTypesPack.keyAnswer(WrittenType.ID)),
                type.readGrade(rubric, Map.of("points", Map.of("sourcing", 3, "safety", 2), "comment", "Good.")));

        GradeResult read = TypedTrees.readResult(WrittenType.ID, Json.write(result));

        assertThat(read).isEqualTo(result);
        assertThat(read.score()).isEqualTo(5.0 / 6.0);
    }

    private static CoursePack.Exercise exercise(String typeId) {
        String slug = AllTypesPack.EXERCISE_OF_TYPE.get(typeId);
        return PACK.modules().stream().flatMap(m -> m.items().stream()).filter(i -> i.id().equals(slug))
                .map(CoursePack.Exercise.class::cast).findFirst().orElseThrow();
    }
}
