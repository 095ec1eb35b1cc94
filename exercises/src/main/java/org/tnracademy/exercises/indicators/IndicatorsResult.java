package org.tnracademy.exercises.indicators;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of an indicator-matching answer. The counts split the key's hits into
 * {@code hits + wrongIndicator + misses}, and the learner's claims into
 * {@code hits + wrongIndicator + falseClaims}; {@code decoysClaimed} is the part of the false claims
 * made on decoy lines, the measure of over-claiming. Precision, recall and the score (F1) count a
 * line as found only with the right indicator. Feedback covers every line, in log order.
 */
public record IndicatorsResult(double score, double precision, double recall, int hits, int wrongIndicator,
                               int misses, int falseClaims, int decoysClaimed, int expectedHits, int claims,
                               List<LineFeedback> lines) implements GradeResult {

    public IndicatorsResult {
        lines = List.copyOf(lines);
    }

    /** Fixed: F1 over lines, a line counting only with the right indicator. */
    @Override
    public ScoringRule scoringRule() {
        return ScoringRule.INDICATORS_LINE_F1;
    }
}
