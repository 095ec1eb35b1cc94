package org.tnracademy.exercises.labelling;

import org.tnracademy.exercises.LocalizedText;

/**
 * How one item was labelled against the key, with the author's explanation.
 *
 * @param givenLabel  the learner's label, null if the item was left unlabelled
 * @param explanation why the right label is right; null if the author gave none
 */
public record ItemFeedback(String itemId, String expectedLabel, String givenLabel, boolean correct,
                           LocalizedText explanation) {
}
