package org.tnracademy.core.catalog;

import org.tnracademy.exercises.LocalizedText;

/** A lesson ready to show: its HTML is already sanitised. */
public record LessonPage(long id, long courseId, LocalizedText courseTitle, LocalizedText title, int minutes,
                         LocalizedText contentNote, String safeHtml) {
}
