package org.tnracademy.exercises.labelling;

import org.tnracademy.exercises.LocalizedText;

/** How one item was labelled against the key, with the author's explanation. */
public record ItemFeedback(String itemId, String expectedLabel, String givenLabel, boolean correct,
                           LocalizedText explanation) {
}
