package org.tnracademy.exercises;

import java.util.Map;

/** An exercise type graded by a pure function of spec, key and answer. */
public interface AutoGradedType<S, K, A, R extends GradeResult> extends ExerciseType<S, K, A> {

    /** @throws InvalidAnswerException when the answer does not fit the spec; nothing is scored */
    R grade(S spec, K key, A answer);

    @Override
    Class<R> resultType();

    /** Reads the three trees and grades: the one call grading orchestration needs. */
    default R gradeTrees(Map<String, Object> specTree, Map<String, Object> keyTree, Map<String, Object> answerTree) {
        S spec = readSpec(specTree);
        return grade(spec, readKey(spec, keyTree), readAnswer(spec, answerTree));
    }
}
