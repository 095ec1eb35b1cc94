package org.tnracademy.core.catalog;

import org.tnracademy.exercises.LocalizedText;

/** A course as the catalogue lists it. */
public record CourseCard(long id, String slug, String level, LocalizedText title, LocalizedText summary,
                         int lessonCount, int exerciseCount) {

    /** The card of a course, counted from its outline. */
    public static CourseCard of(CourseOutline o) {
        int lessons = (int) o.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).count();
        return new CourseCard(o.id(), o.slug(), o.level(), o.title(), o.summary(), lessons, o.steps().size() - lessons);
    }
}
