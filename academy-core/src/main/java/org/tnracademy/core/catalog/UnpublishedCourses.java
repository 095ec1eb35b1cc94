package org.tnracademy.core.catalog;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.exercises.LocalizedText;

/**
 * Courses created in the studio that learners do not see yet. The course row exists from its
 * creation, so drafts key on its id as on any course's, but it carries no module, lesson or exercise
 * and {@link CatalogService} leaves it out of every list and outline until the first publication
 * imports its pack (which sets it published, see {@link CourseImporter}).
 */
@Service
public class UnpublishedCourses {

    /** The content hash of a course with no published content yet: no pack hashes to it. */
    static final String NO_CONTENT = "unpublished";

    private final CourseRepository courses;

    UnpublishedCourses(CourseRepository courses) {
        this.courses = courses;
    }

    /**
     * Creates an empty, unlisted course at pack version 0 (its first publication is version 1).
     * The caller checked the texts; the slug is checked unique here.
     *
     * @return the new course's id
     * @throws IllegalStateException    when a course with that id (slug) exists already
     * @throws IllegalArgumentException when a text is missing
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public long create(String slug, String level, LocalizedText title, LocalizedText summary) {
        if (slug == null || slug.isBlank() || level == null || title == null || summary == null) {
            throw new IllegalArgumentException("A new course needs an id, a level, a title and a summary");
        }
        if (courses.findBySlug(slug).isPresent()) {
            throw new IllegalStateException("A course with id '" + slug + "' exists already");
        }
        Course course = new Course(slug, 0, level, title, summary, NO_CONTENT);
        course.published = false;
        try {
            return courses.saveAndFlush(course).id;
        } catch (DataIntegrityViolationException raced) {
            throw new IllegalStateException("A course with id '" + slug + "' exists already", raced);
        }
    }

    /** Whether a course with this id (slug) exists, published or not. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return courses.findBySlug(slug).isPresent();
    }

    /** Whether the course was published at least once; false for an unknown course too. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public boolean isPublished(long courseId) {
        return courses.findById(courseId).map(c -> c.published).orElse(false);
    }

    /** The courses created in the studio and not published yet, oldest first (their lesson and exercise counts are 0). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<CourseCard> list() {
        return courses.findAllByPublishedFalseOrderByIdAsc().stream()
                .map(c -> new CourseCard(c.id, c.slug, c.level, c.title, c.summary, 0, 0)).toList();
    }
}
