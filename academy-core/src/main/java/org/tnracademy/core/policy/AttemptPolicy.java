package org.tnracademy.core.policy;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.variant.VariantPolicy;

/**
 * How learners may attempt an exercise, as the pack sets it.
 *
 * @param timeLimitMinutes null when an attempt may take as long as the learner likes
 * @param confidence       whether a confidence is asked with each answer and how much its calibration counts
 * @param variants         whether each learner gets their own variant of the items, and how it is drawn
 */
public record AttemptPolicy(int maxAttempts, Integer timeLimitMinutes, ScoringPolicy scoring, List<Hint> hints,
                            ConfidencePolicy confidence, VariantPolicy variants) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final int MAX_ATTEMPTS_LIMIT = 20;
    public static final int MAX_TIME_LIMIT_MINUTES = 600;
    public static final int MAX_HINTS = 5;
    public static final double MAX_HINT_COST = 0.5;

    public AttemptPolicy {
        hints = List.copyOf(hints);
        confidence = confidence == null ? ConfidencePolicy.NOT_ASKED : confidence;
        variants = variants == null ? VariantPolicy.OFF : variants;
    }

    /** A policy giving every learner the same items. */
    public AttemptPolicy(int maxAttempts, Integer timeLimitMinutes, ScoringPolicy scoring, List<Hint> hints,
                         ConfidencePolicy confidence) {
        this(maxAttempts, timeLimitMinutes, scoring, hints, confidence, VariantPolicy.OFF);
    }

    /** The same policy with these variants. */
    public AttemptPolicy withVariants(VariantPolicy v) {
        return new AttemptPolicy(maxAttempts, timeLimitMinutes, scoring, hints, confidence, v);
    }

    /** A policy asking for no confidence. */
    public AttemptPolicy(int maxAttempts, Integer timeLimitMinutes, ScoringPolicy scoring, List<Hint> hints) {
        this(maxAttempts, timeLimitMinutes, scoring, hints, ConfidencePolicy.NOT_ASKED);
    }

    public static AttemptPolicy defaults() {
        return new AttemptPolicy(DEFAULT_MAX_ATTEMPTS, null, ScoringPolicy.BEST, List.of());
    }

    /** A hint a learner may take; taking it costs this share of the score of later attempts. */
    public record Hint(LocalizedText text, double cost) {
    }
}
