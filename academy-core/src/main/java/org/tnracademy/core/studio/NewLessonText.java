package org.tnracademy.core.studio;

import org.tnracademy.exercises.LocalizedText;

/**
 * What an instructor writes for a new lesson, in both languages.
 *
 * @param minutes     reading time, 1 to 600 as in a pack
 * @param contentNote a warning shown before the lesson (distressing material); empty for none
 */
public record NewLessonText(int minutes, LocalizedText title, LocalizedText markdown, LocalizedText contentNote) {
}
