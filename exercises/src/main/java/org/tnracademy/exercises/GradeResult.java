package org.tnracademy.exercises;

/** What every grader returns: a score in [0, 1]; each type adds its own feedback and metrics. */
public interface GradeResult {

    double score();

    /** The rule {@link #score()} was computed by, read from what the result stored, never recomputed. */
    ScoringRule scoringRule();

    /**
     * This result as a learner may see it while they still have an attempt left: the same record
     * with everything that comes from the answer key about items they got wrong (or left out)
     * removed or null, so the attempts left stay a test. Kept: the score and the figures that follow
     * from it, the learner's own answer, which of their own items are right or wrong, and the key's
     * explanation of items they got right. Removed: expected values, explanations of wrong items,
     * items of the key they did not give, and breakdowns over the key (confusion matrix, counts per
     * label or category) that would pin an item. Pure: a new record, this one unchanged.
     */
    GradeResult withheld();
}
