package org.tnracademy.core.gradebook;

/** Where a learner stands on the cohort's exercises as a whole, to filter the gradebook by. */
public enum LearnerStatus {
    /** No filter. */
    ANY,
    /** Nothing graded and nothing waiting for review. */
    NOT_STARTED,
    /** Started, not every exercise graded yet. */
    IN_PROGRESS,
    /** Every exercise of the cohort graded. */
    COMPLETE,
    /** At least one written analysis waiting for an instructor. */
    AWAITING_REVIEW
}
