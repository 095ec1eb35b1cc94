package org.tnracademy.exercises;

/** What every grader returns: a score in [0, 1]; each type adds its own feedback and metrics. */
public interface GradeResult {

    double score();

    /** The rule {@link #score()} was computed by, read from what the result stored, never recomputed. */
    ScoringRule scoringRule();
}
