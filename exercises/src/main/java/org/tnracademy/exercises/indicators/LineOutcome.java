package org.tnracademy.exercises.indicators;

/** What became of one log line. */
public enum LineOutcome {
    /** A true hit, claimed with its indicator. */
    HIT,
    /** A true hit, claimed with another indicator: counts as a miss and as a wrong claim. */
    WRONG_INDICATOR,
    /** A true hit left unclaimed. */
    MISSED,
    /** A decoy claimed as a hit: over-claiming. */
    DECOY_CLAIMED,
    /** A decoy rightly left unclaimed. */
    DECOY_AVOIDED,
    /** A plain line claimed as a hit. */
    FALSE_CLAIM,
    /** A plain line rightly left unclaimed. */
    CLEAR
}
