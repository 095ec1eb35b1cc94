package org.tnracademy.exercises.tagging;

/** What happened to one technique that was in the key or in the answer. */
public enum TagOutcome {
    /** In the key and tagged: full credit. */
    MATCHED,
    /** In the key, not tagged: no credit. */
    MISSED,
    /** Tagged, not in the key, but of a tactic the key uses: partial credit. */
    SAME_TACTIC,
    /** Tagged, not in the key, of a tactic the key does not use: no credit. */
    WRONG
}
