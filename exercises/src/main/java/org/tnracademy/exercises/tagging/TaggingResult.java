package org.tnracademy.exercises.tagging;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of a tagging answer: the score in [0, 1], feedback on every technique of the key or
 * of the answer sorted by id, and how many were matched, missed, of a key tactic, or wrong.
 */
public record TaggingResult(double score, List<TechniqueFeedback> techniques, int matchedCount, int missedCount,
                            int sameTacticCount, int wrongCount) implements GradeResult {

    public TaggingResult {
        techniques = List.copyOf(techniques);
    }

    /** Fixed: matched techniques plus the same-tactic credit, over the techniques of key and answer. */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.TAGGING_TACTIC_JACCARD;
    }

    /** Only the techniques the learner tagged; those of the key they missed are counted, not named. */
    @Override
    public TaggingResult withheld() {
        return new TaggingResult(score, techniques.stream().filter(t -> t.outcome() != TagOutcome.MISSED).toList(),
                matchedCount, missedCount, sameTacticCount, wrongCount);
    }
}
