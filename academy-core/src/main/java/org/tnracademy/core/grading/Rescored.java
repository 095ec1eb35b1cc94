package org.tnracademy.core.grading;

import org.tnracademy.exercises.GradeResult;

/**
 * An attempt graded again, in memory, against another key.
 *
 * @param score the new raw score less the hint penalty stored with the attempt, floored at 0
 */
public record Rescored(GradedAnswer attempt, GradeResult result, double rawScore, double score) {

    public boolean changed() {
        return Double.compare(score, attempt.score()) != 0;
    }
}
