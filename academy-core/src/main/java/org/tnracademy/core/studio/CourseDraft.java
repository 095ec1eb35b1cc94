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
 * An unpublished edit of a course's title, summary, module titles and module order. Learners never
 * see it; publishing the course applies it and removes it.
 */
@Entity
@Table(name = "course_draft")
class CourseDraft {

    @Id
    @Column(name = "course_id")
    Long courseId;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText summary;

    /** JSON {@code [{id, title: {en, fr}}]} in the new order. */
    @Column(nullable = false)
    String modules;

    /** Counts saves: a save names the revision it started from (see {@link CourseDraftRepository#update}). */
    @Column(nullable = false)
    long revision;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    String savedBy;

    protected CourseDraft() {
    }

    CourseDraft(long courseId, LocalizedText title, LocalizedText summary, String modules, Instant savedAt,
                String savedBy) {
        this.courseId = courseId;
        this.title = title;
        this.summary = summary;
        this.modules = modules;
        this.revision = 1;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }
}
