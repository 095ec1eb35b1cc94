package org.tnracademy.core.studio;

import org.tnracademy.exercises.LocalizedText;

/**
 * A lesson or exercise of a course as the structure editor lists it.
 *
 * @param newLessonId the new lesson's draft id ({@link NewLessons}) when the item is a lesson not
 *                    published yet; null for published items
 */
public record StructureItem(String slug, Kind kind, LocalizedText title, Long newLessonId) {

    public enum Kind { LESSON, EXERCISE }

    public boolean isNew() {
        return newLessonId != null;
    }
}
