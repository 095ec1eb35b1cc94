package org.tnracademy.core.studio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

/**
 * An unpublished edit of a lesson: its title and Markdown per language. Learners never see it;
 * publishing the course turns it into the lesson's text and removes it.
 */
@Entity
@Table(name = "lesson_draft")
class LessonDraft {

    @Id
    @Column(name = "lesson_id")
    Long lessonId;

    @Column(name = "course_id", nullable = false)
    long courseId;

    @Column(name = "lesson_slug", nullable = false)
    String lessonSlug;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText body;

    /** The content note learners see before the lesson, per language; null when it has none. */
    @Convert(converter = LocalizedTextConverter.class)
    @Column(name = "content_note")
    LocalizedText contentNote;

    /** Counts saves: a save names the revision it started from (see {@link LessonDraftRepository#update}). */
    @Column(nullable = false)
    long revision;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    String savedBy;

    protected LessonDraft() {
    }

    LessonDraft(long lessonId, long courseId, String lessonSlug, LocalizedText title, LocalizedText body,
                LocalizedText contentNote, Instant savedAt, String savedBy) {
        this.contentNote = contentNote;
        this.lessonId = lessonId;
        this.courseId = courseId;
        this.lessonSlug = lessonSlug;
        this.title = title;
        this.body = body;
        this.revision = 1;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }
}
