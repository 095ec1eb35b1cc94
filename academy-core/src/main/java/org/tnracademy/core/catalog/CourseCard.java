package org.tnracademy.core.catalog;

import org.tnracademy.exercises.LocalizedText;

/** A course as the catalogue lists it. */
public record CourseCard(long id, String slug, String level, LocalizedText title, LocalizedText summary,
                         int lessonCount, int exerciseCount) {
}
