package org.tnracademy.core.studio;

/** A publication: the course's new version and how many lesson drafts went into it. */
public record PublishedCourse(long courseId, String courseSlug, int packVersion, int lessonsPublished) {
}
