package org.tnracademy.core.regrade;

import java.util.Comparator;
import java.util.List;
import org.tnracademy.core.policy.ScoringPolicy;


/** A learner's standing from their graded attempts under a scoring policy, as progress keeps it. */
final class Standings {

    record Scored(int attemptNumber, double score) {
    }

    private Standings() {
    }

    /** Best: the highest score; last: the score of the highest attempt number; average: the mean. 0 with none. */
    static double of(ScoringPolicy policy, List<Scored> graded) {
        if (graded.isEmpty()) {
            return 0.0;
        }
        return switch (policy) {
            case BEST -> graded.stream().mapToDouble(Scored::score).max().orElseThrow();
            case LAST -> graded.stream().max(Comparator.comparingInt(Scored::attemptNumber)).orElseThrow().score();
            case AVERAGE -> graded.stream().mapToDouble(Scored::score).sum() / graded.size();
        };
    }
}
