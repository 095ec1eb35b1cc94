package org.tnracademy.core.studio;

import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/**
 * Grading an answer against a draft, as a learner's submission would be graded once published:
 * pure, nothing stored. A mistake in the answer is never reported as one of the draft.
 */
final class DraftGrading {

    private DraftGrading() {
    }

    /** Reads the answer before the key, so a mistake in the answer is never reported as one of the draft. */
    static DraftTestGrade grade(ExerciseType<?, ?, ?> type, ExerciseDraftSheet d, Map<String, Object> answer) {
        return gradedCaptured(type, d, answer);
    }

    @SuppressWarnings("unchecked")
    private static <S, K, A> DraftTestGrade gradedCaptured(ExerciseType<S, K, A> type, ExerciseDraftSheet d,
                                                           Map<String, Object> answerTree) {
        S spec;
        try {
            spec = type.readSpec(d.spec());
        } catch (InvalidSpecException invalid) {
            throw invalidDraft(d.slug(), "spec.", invalid.problems());
        }
        A answer;
        try {
            answer = type.readAnswer(spec, answerTree);
        } catch (InvalidAnswerException invalid) {
            throw invalidAnswer(invalid);
        }
        if (!(type instanceof AutoGradedType<?, ?, ?, ?> auto)) {
            return new DraftTestGrade(null, null);
        }
        K key;
        try {
            key = type.readKey(spec, d.key());
        } catch (InvalidSpecException invalid) {
            throw invalidDraft(d.slug(), "key.", invalid.problems());
        }
        try {
            GradeResult result = ((AutoGradedType<S, K, A, ?>) auto).grade(spec, key, answer);
            return new DraftTestGrade(result.score(), result);
        } catch (InvalidAnswerException invalid) {
            throw invalidAnswer(invalid);
        }
    }

    /** Whether an answer holds nothing but empty texts, maps and lists. */
    static boolean blank(Object tree) {
        return switch (tree) {
            case null -> true;
            case String s -> s.isBlank();
            case Map<?, ?> m -> m.values().stream().allMatch(DraftGrading::blank);
            case java.util.Collection<?> c -> c.stream().allMatch(DraftGrading::blank);
            default -> false;
        };
    }

    static ExerciseDraftRefusedException invalidAnswer(InvalidAnswerException invalid) {
        return new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.INVALID_ANSWER,
                "The answer does not fit the exercise: " + invalid.problems(),
                invalid.problems().stream().map(p -> new DraftProblem(null, 0, p.detail(), p.where(), p.message()))
                        .toList());
    }

    /** @param prefix where the problems' fields are in the draft: {@code spec.} or {@code key.} */
    static ExerciseDraftRefusedException invalidDraft(String slug, String prefix, List<SpecProblem> problems) {
        List<DraftProblem> worded = problems.stream()
                .map(p -> new DraftProblem(null, 0, p.reason(), prefix + p.field(), p.message())).toList();
        return new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.INVALID_DRAFT,
                "Exercise draft " + slug + " cannot be graded: " + worded, worded);
    }
}
