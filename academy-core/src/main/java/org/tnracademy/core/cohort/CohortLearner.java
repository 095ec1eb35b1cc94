package org.tnracademy.core.cohort;

/** A learner as an instructor picks them by cohort, such as for the preview of their variant. */
public record CohortLearner(long learnerId, String displayName, String cohortName) {
}
