package org.tnracademy.core.catalog;

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
 * One version of an exercise. The answer key lives here but never leaves the core except to the
 * grader: see {@link ExerciseKeyStore}.
 */
@Entity
@Table(name = "exercise")
class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_seq")
    @SequenceGenerator(name = "exercise_seq", sequenceName = "exercise_seq", allocationSize = 50)
    Long id;

    @Column(name = "module_id", nullable = false)
    long moduleId;

    @Column(nullable = false)
    String slug;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    String type;

    @Column(nullable = false)
    int version;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText instructions;

    /** JSON: the labels offered, see {@link LabellingMaterial}. */
    @Column(nullable = false)
    String spec;

    /** JSON: the answer key with explanations, see {@link LabellingMaterial}. */
    @Column(name = "answer_key", nullable = false)
    String answerKey;

    @Column(name = "dataset_id")
    Long datasetId;

    @Column(name = "max_attempts", nullable = false)
    int maxAttempts;

    @Column(name = "content_hash", nullable = false)
    String contentHash;

    /** No longer in the pack: kept for the learner work that points at it. */
    @Column(nullable = false)
    boolean retired;

    protected Exercise() {
    }

    Exercise(long moduleId, String slug, int position, String type, int version, LocalizedText title,
             LocalizedText instructions, String spec, String answerKey, Long datasetId, int maxAttempts,
             String contentHash) {
        this.moduleId = moduleId;
        this.slug = slug;
        this.position = position;
        this.type = type;
        this.version = version;
        this.title = title;
        this.instructions = instructions;
        this.spec = spec;
        this.answerKey = answerKey;
        this.datasetId = datasetId;
        this.maxAttempts = maxAttempts;
        this.contentHash = contentHash;
    }
}
