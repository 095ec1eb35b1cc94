package org.tnracademy.core.gradebook;

/** Where a learner stands on one exercise. */
public enum CellStatus {
    /** No attempt submitted. */
    NOT_STARTED,
    /** Submitted, waiting for an instructor's grade (written analyses), with no graded attempt yet. */
    AWAITING_REVIEW,
    /** At least one graded attempt: the score is the standing under the exercise's scoring policy. */
    GRADED
}
