package org.tnracademy.core.catalog;

import java.util.List;
import org.tnracademy.core.policy.ScoringPolicy;


/**
 * The attempt policy as learners may see it: hints are counted and priced, their texts stay on the
 * server until taken.
 *
 * @param timeLimitMinutes null when attempts are not timed
 */
public record ExercisePolicy(int maxAttempts, Integer timeLimitMinutes, ScoringPolicy scoring,
                             List<Double> hintCosts) {

    public ExercisePolicy {
        hintCosts = List.copyOf(hintCosts);
    }

    public int hintCount() {
        return hintCosts.size();
    }
}
