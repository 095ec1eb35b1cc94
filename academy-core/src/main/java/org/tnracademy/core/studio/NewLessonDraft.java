package org.tnracademy.core.studio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

/**
 * A lesson created in the studio and not published yet: it has no lesson row, so it is keyed by
 * course and lesson id. Learners never see it; publishing the course appends it to its module (or
 * where the course draft places it) and removes it.
 */
@Entity
@Table(name = "new_lesson_draft")
class NewLessonDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "new_lesson_draft_seq")
    @SequenceGenerator(name = "new_lesson_draft_seq", sequenceName = "new_lesson_draft_seq", allocationSize = 50)
    Long id;

    @Column(name = "course_id", nullable = false)
    long courseId;

    @Column(name = "module_slug", nullable = false)
    String moduleSlug;

    @Column(name = "lesson_slug", nullable = false)
    String lessonSlug;

    @Column(nullable = false)
    int minutes;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText body;

    /** Empty when the lesson needs no content note. */
    @Convert(converter = LocalizedTextConverter.class)
    @Column(name = "content_note", nullable = false)
    LocalizedText contentNote;

    /** Counts saves: a save names the revision it started from (see {@link NewLessonDraftRepository#update}). */
    @Column(nullable = false)
    long revision;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    String savedBy;

    protected NewLessonDraft() {
    }

    NewLessonDraft(long courseId, String moduleSlug, String lessonSlug, NewLessonText text, Instant savedAt,
                   String savedBy) {
        this.courseId = courseId;
        this.moduleSlug = moduleSlug;
        this.lessonSlug = lessonSlug;
        this.minutes = text.minutes();
        this.title = text.title();
        this.body = text.markdown();
        this.contentNote = text.contentNote();
        this.revision = 1;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }
}
