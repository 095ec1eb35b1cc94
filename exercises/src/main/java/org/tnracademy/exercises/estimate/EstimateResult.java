package org.tnracademy.exercises.estimate;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/** The grade of an estimate answer: the mean credit over all questions (unanswered ones earn 0), in spec order. */
public record EstimateResult(double score, int answered, int questionCount, List<QuestionFeedback> questions) implements GradeResult {

    public EstimateResult {
        questions = List.copyOf(questions);
    }

    /** Fixed: the mean credit over the questions, each by its own tolerance and decay. */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.ESTIMATE_MEAN_CREDIT;
    }
}
