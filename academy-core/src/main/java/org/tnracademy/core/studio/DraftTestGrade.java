package org.tnracademy.core.studio;

import org.tnracademy.exercises.GradeResult;

/**
 * How an answer to an exercise draft would be graded, stored nowhere.
 *
 * @param score  the grader's score; null for a written analysis, which an instructor grades
 * @param result the type's result; null for a written analysis
 */
public record DraftTestGrade(Double score, GradeResult result) {

    public boolean pending() {
        return result == null;
    }
}
