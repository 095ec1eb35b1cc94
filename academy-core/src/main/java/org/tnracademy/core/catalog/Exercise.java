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
class Exercise extends ModuleStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_seq")
    @SequenceGenerator(name = "exercise_seq", sequenceName = "exercise_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false)
    String type;

    @Column(nullable = false)
    int version;

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

    protected Exercise() {
    }

    Exercise(long moduleId, String slug, int position, String type, int version, LocalizedText title,
             LocalizedText instructions, String spec, String answerKey, Long datasetId, int maxAttempts,
             String contentHash) {
        super(moduleId, slug, position, title);
        this.type = type;
        this.version = version;
        this.instructions = instructions;
        this.spec = spec;
        this.answerKey = answerKey;
        this.datasetId = datasetId;
        this.maxAttempts = maxAttempts;
        this.contentHash = contentHash;
    }
}
