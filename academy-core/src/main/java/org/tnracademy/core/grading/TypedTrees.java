package org.tnracademy.core.grading;

import java.util.Collection;
import java.util.Map;

import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.types.ExerciseTypes;

/** Calls an exercise type, whatever its record types, on the trees grading keeps. */
final class TypedTrees {

    private TypedTrees() {
    }

    /** @throws org.tnracademy.exercises.InvalidAnswerException when the answer does not fit the spec */
    static void checkAnswer(ExerciseType<?, ?, ?> type, Map<String, Object> spec, Map<String, Object> answer) {
        readAnswer(type, spec, answer);
    }

    /** Reads the answer before the key, so a learner's mistake is never reported as a key problem. */
    static GradeResult grade(AutoGradedType<?, ?, ?, ?> type, Map<String, Object> spec, Map<String, Object> key,
                             Map<String, Object> answer) {
        return gradeCaptured(type, spec, key, answer);
    }

    /** A stored result, read back as the record the learner was shown. */
    static GradeResult readResult(String typeId, String json) {
        if (json == null) {
            return null;
        }
        return Json.read(json, ExerciseTypes.get(typeId).resultType());
    }

    /** An answer with nothing in it: no text, no choice, no mark anywhere. */
    static boolean blank(Object tree) {
        return switch (tree) {
            case null -> true;
            case String s -> s.isBlank();
            case Map<?, ?> m -> m.values().stream().allMatch(TypedTrees::blank);
            case Collection<?> c -> c.stream().allMatch(TypedTrees::blank);
            default -> false;
        };
    }

    private static <S> void readAnswer(ExerciseType<S, ?, ?> type, Map<String, Object> spec,
                                       Map<String, Object> answer) {
        type.readAnswer(type.readSpec(spec), answer);
    }

    private static <S, K, A> GradeResult gradeCaptured(AutoGradedType<S, K, A, ?> type, Map<String, Object> specTree,
                                                       Map<String, Object> keyTree, Map<String, Object> answerTree) {
        S spec = type.readSpec(specTree);
        A answer = type.readAnswer(spec, answerTree);
        return type.grade(spec, type.readKey(spec, keyTree), answer);
    }
}
