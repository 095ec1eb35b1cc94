package org.tnracademy.core.grading;

import org.tnracademy.exercises.GradeResult;

/**
 * How an answer would be graded, worked out for an instructor's preview and stored nowhere.
 *
 * @param score  the score a learner would get without hints; null for a written analysis, which an
 *               instructor grades
 * @param result the type's result (cast to its {@code resultType()}); null for a written analysis
 */
public record PreviewGrade(long exerciseId, int exerciseVersion, int keyVersion, Double score, GradeResult result) {

    public boolean pending() {
        return result == null;
    }

    /** The result as the type's record, for a view that knows which type it shows. */
    public <R extends GradeResult> R result(Class<R> type) {
        return type.cast(result);
    }
}
