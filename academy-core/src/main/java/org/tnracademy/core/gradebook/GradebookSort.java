package org.tnracademy.core.gradebook;

/** What the cohort gradebook is ordered by; ties fall back to the display name. */
public enum GradebookSort {
    NAME, USERNAME,
    /** The mean standing over the cohort's exercises, an exercise not graded counting 0. */
    OVERALL,
    /** Exercises graded. */
    COMPLETED,
    /** The standing on one exercise, given in the query; learners without one come last. */
    EXERCISE
}
