package org.tnracademy.core.catalog;

import org.tnracademy.exercises.LocalizedText;

/**
 * A lesson as its author wrote it: Markdown per language, not yet rendered.
 *
 * @param coursePackVersion the course's published version
 * @param contentNote       null when the lesson has none
 */
public record LessonSource(long lessonId, long courseId, LocalizedText courseTitle, int coursePackVersion,
                           String slug, LocalizedText title, int minutes, LocalizedText markdown,
                           LocalizedText contentNote, boolean retired) {
}
