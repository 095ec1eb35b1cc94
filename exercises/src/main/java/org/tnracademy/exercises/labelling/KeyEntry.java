package org.tnracademy.exercises.labelling;

import org.tnracademy.exercises.LocalizedText;

/** The right label of one item and the author's explanation of why. */
public record KeyEntry(String label, LocalizedText explanation) {
}
