package org.tnracademy.core.regrade;

import java.util.List;
import org.tnracademy.core.policy.ScoringPolicy;


/**
 * What a regrade would do, computed in memory: nothing was stored.
 *
 * @param currentKeyVersion the key version now in force; applying stores the next one
 * @param lines             every graded attempt, by learner and attempt number
 * @param standings         every learner with a graded attempt, in the same order
 * @param changed           attempts whose score would change; {@code up + down == changed}
 * @param token             hand it back to {@link RegradeService#apply}: it refuses when the attempts,
 *                          the key in force or the new key are no longer those of this preview
 */
public record RegradePreview(long exerciseId, int exerciseVersion, int currentKeyVersion, ScoringPolicy scoring,
                             List<RegradeLine> lines, List<StandingChange> standings, int changed, int up, int down,
                             String token) {

    public RegradePreview {
        lines = List.copyOf(lines);
        standings = List.copyOf(standings);
    }

    public int unchanged() {
        return lines.size() - changed;
    }
}
