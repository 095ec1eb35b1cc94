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

    /**
     * Questions answered within tolerance as they are; the others with the learner's answer and
     * credit only: no true answer, no error (which would point to it) and no explanation.
     */
    @Override
    public EstimateResult withheld() {
        return new EstimateResult(score, answered, questionCount, questions.stream().map(q -> q.withinTolerance() ? q
                : new QuestionFeedback(q.questionId(), q.kind(), q.credit(), null, q.errorUnit(), false, null,
                        q.given(), null)).toList());
    }
}
