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
 * An unpublished exercise: a new one, or an edit of a published one, of a course. Learners never
 * see it; publishing the course applies it and removes it. Trees, forms, policy and problems are
 * JSON, see V10__exercise_drafts.sql.
 */
@Entity
@Table(name = "exercise_draft")
class ExerciseDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_draft_seq")
    @SequenceGenerator(name = "exercise_draft_seq", sequenceName = "exercise_draft_seq", allocationSize = 50)
    Long id;

    @Column(name = "course_id", nullable = false)
    long courseId;

    @Column(nullable = false)
    String slug;

    @Column(name = "module_slug", nullable = false)
    String moduleSlug;

    @Column(nullable = false)
    String type;

    /** True for an exercise the course does not have yet: publishing appends it to its module. */
    @Column(nullable = false)
    boolean created;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText instructions;

    String level;

    @Column(nullable = false)
    String forms;

    @Column(nullable = false)
    String policy;

    @Column(nullable = false)
    String spec;

    @Column(name = "answer_key", nullable = false)
    String answerKey;

    @Column(name = "dataset_id")
    Long datasetId;

    @Column(nullable = false)
    String problems;

    /** Counts saves: a save names the revision it started from (see {@link ExerciseDraftRepository#update}). */
    @Column(nullable = false)
    long revision;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    String savedBy;

    protected ExerciseDraft() {
    }

    ExerciseDraft(long courseId, String slug, String type, boolean created, StoredDraft content, Instant savedAt,
                  String savedBy) {
        this.courseId = courseId;
        this.slug = slug;
        this.type = type;
        this.created = created;
        content.copyTo(this);
        this.revision = 1;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }
}
