package org.tnracademy.exercises.written;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of a written analysis: points / maximum points, in [0, 1]; the points per criterion
 * in rubric order; and the instructor's comment.
 */
public record WrittenResult(double score, int points, int maxPoints, List<CriterionScore> criteria,
                            String comment) implements GradeResult {

    public WrittenResult {
        criteria = List.copyOf(criteria);
    }

    /** Fixed: rubric points given over the rubric's maximum. */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.WRITTEN_RUBRIC_POINTS;
    }

    /** The whole grade: an instructor's points and comment carry nothing of a key. */
    @Override
    public WrittenResult withheld() {
        return this;
    }
}
