package org.tnracademy.core.progress;

/**
 * A learner's own standing on one form of TNR, over the current exercises that train it: the
 * learner-sized counterpart of the cohort dashboard's competency by form.
 *
 * @param exercises current exercises of the courses training the form (0: no course trains it)
 * @param done      of those, the ones the learner has a graded standing on
 * @param mean      mean standing over those done, in [0, 1]; null when none is done
 */
public record FormStanding(String form, int exercises, int done, Double mean) {
}
