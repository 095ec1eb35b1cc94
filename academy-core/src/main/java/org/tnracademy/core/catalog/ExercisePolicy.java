package org.tnracademy.core.catalog;

import java.util.List;

import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.exercises.calibration.ConfidencePolicy;


/**
 * The attempt policy as learners may see it: hints are counted and priced, their texts stay on the
 * server until taken.
 *
 * @param timeLimitMinutes null when attempts are not timed
 * @param confidence       whether a confidence is asked with the answer, and how much it counts
 */
public record ExercisePolicy(int maxAttempts, Integer timeLimitMinutes, ScoringPolicy scoring,
                             List<Double> hintCosts, ConfidencePolicy confidence) {

    public ExercisePolicy {
        hintCosts = List.copyOf(hintCosts);
        confidence = confidence == null ? ConfidencePolicy.NOT_ASKED : confidence;
    }

    public ExercisePolicy(int maxAttempts, Integer timeLimitMinutes, ScoringPolicy scoring, List<Double> hintCosts) {
        this(maxAttempts, timeLimitMinutes, scoring, hintCosts, ConfidencePolicy.NOT_ASKED);
    }

    public int hintCount() {
        return hintCosts.size();
    }
}
