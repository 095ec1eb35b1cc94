package org.tnracademy.core.grading;

import org.tnracademy.exercises.LocalizedText;

/**
 * A hint as the learner sees it: its price always, its text only once taken.
 *
 * @param cost the share of the score of later attempts the hint costs
 * @param text null until the hint is taken
 */
public record HintOffer(int index, double cost, boolean taken, LocalizedText text) {
}
