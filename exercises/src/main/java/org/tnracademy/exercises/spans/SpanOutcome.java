package org.tnracademy.exercises.spans;

/** What became of one key span. */
public enum SpanOutcome {
    /** Marked with exactly its range and category. */
    EXACT,
    /** Matched by a mark of its category overlapping at least the minimum, but not exactly. */
    OVERLAP,
    /** A mark of its category overlaps it, but too little, or that mark was matched to another key span. */
    PARTIAL,
    /** The mark overlapping it most has another category. */
    WRONG_CATEGORY,
    /** No mark touches it. */
    MISSED
}
