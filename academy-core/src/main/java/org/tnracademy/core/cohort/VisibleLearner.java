package org.tnracademy.core.cohort;

/** A learner the signed-in person may see, as learner-level lists (gradebook, course results) name them. */
public record VisibleLearner(long id, String username, String displayName) {
}
