package org.tnracademy.exercises.shortanswer;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/** The grade of a short answer: the share of blanks right, in [0, 1], and feedback in spec order. */
public record ShortAnswerResult(double score, List<BlankFeedback> blanks, int correctCount, int blankCount) implements GradeResult {

    public ShortAnswerResult {
        blanks = List.copyOf(blanks);
    }

    /** Fixed: the share of blanks answered right. */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.SHORT_ANSWER_BLANKS_RIGHT;
    }

    /** Right blanks as they are; wrong ones with the value typed only: no accepted answers, no explanation. */
    @Override
    public ShortAnswerResult withheld() {
        return new ShortAnswerResult(score, blanks.stream().map(b -> b.correct() ? b
                : new BlankFeedback(b.blankId(), b.given(), false, List.of(), null)).toList(), correctCount, blankCount);
    }
}
