package org.tnracademy.exercises.attribution;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of a grouping: the B-cubed F1 as the score, B-cubed precision and recall (over the
 * accounts in play, see {@link AttributionGrader}), the adjusted
 * Rand index for comparison, every account's outcome in the spec's order, and the pairs of accounts
 * wrongly joined (together in the answer, run by different operators) and wrongly split (run by one
 * operator, apart in the answer): the first {@link AttributionGrader#LISTED_PAIRS} of each, with
 * their counts.
 */
public record AttributionResult(double score, double precision, double recall, double adjustedRand,
                                List<AccountOutcome> accounts, List<AccountPair> wronglyJoined,
                                int wronglyJoinedCount, List<AccountPair> wronglySplit, int wronglySplitCount,
                                List<OperatorNote> notes) implements GradeResult {

    public AttributionResult {
        accounts = List.copyOf(accounts);
        wronglyJoined = List.copyOf(wronglyJoined);
        wronglySplit = List.copyOf(wronglySplit);
        notes = List.copyOf(notes);
    }

    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.ATTRIBUTION_BCUBED_F1;
    }

    /**
     * Without what the key says of accounts grouped wrongly: whom they belong with, the pairs split
     * that belong together and the operators' explanations. Kept: the figures, which accounts are
     * right, the learner's own groups and the pairs they joined wrongly (their own claims), and the
     * counts.
     */
    @Override
    public AttributionResult withheld() {
        List<AccountOutcome> own = accounts.stream().map(a -> a.exact() ? a
                : new AccountOutcome(a.account(), false, Handles.NONE, a.givenWith()))
                .toList();
        return new AttributionResult(score, precision, recall, adjustedRand, own, wronglyJoined, wronglyJoinedCount,
                List.of(), wronglySplitCount, List.of());
    }
}
