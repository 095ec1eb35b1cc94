package org.tnracademy.core.studio;

/**
 * A publication: the course's new version, how many lesson drafts went into it, and whether the
 * course draft (title, summary, modules) did.
 */
public record PublishedCourse(long courseId, String courseSlug, int packVersion, int lessonsPublished,
                              boolean courseDraftPublished) {
}
