package org.tnracademy.exercises.labelling;

import org.tnracademy.exercises.LocalizedText;

/**
 * The right label of one item and the author's explanation of why.
 *
 * @param explanation shown in feedback; null if the author gave none
 */
public record KeyEntry(String label, LocalizedText explanation) {
}
