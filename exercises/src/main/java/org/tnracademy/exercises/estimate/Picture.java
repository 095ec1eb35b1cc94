package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.LocalizedText;

/**
 * The photo a question asks about, a file of the exercise's pack shown beside the question.
 *
 * @param file    the picture's path in the pack, from the pack's root (such as
 *                {@code images/geolocate-the-photos/q-photo-001.svg}); whether the pack has it is
 *                checked where packs are read
 * @param alt     what a reader who cannot see the picture is told
 * @param caption shown under the picture; null when none
 */
public record Picture(String file, LocalizedText alt, LocalizedText caption) {
}
