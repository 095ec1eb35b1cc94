package org.tnracademy.core.catalog;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

/**
 * One version of an exercise, of any type. Its answer keys live in {@link AnswerKey} and never
 * leave the core except to the grader: see {@link ExerciseKeyStore}.
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

    /** JSON of the type's spec tree: what learners may see. */
    @Column(nullable = false)
    String spec;

    @Column(name = "dataset_id")
    Long datasetId;

    @Column(name = "max_attempts", nullable = false)
    int maxAttempts;

    @Column(name = "time_limit_minutes")
    Integer timeLimitMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ScoringPolicy scoring;

    /** JSON list of {text, cost}: the texts stay on the server until a learner takes the hint. */
    @Column(nullable = false)
    String hints;

    /** The pack's {@code policy.confidence.ask} ({@code per-answer}, {@code per-item}); null when none is asked. */
    @Column(name = "confidence_ask")
    String confidenceAsk;

    @Column(name = "confidence_weight", nullable = false)
    double confidenceWeight;

    /** {@code policy.variants}: items per learner, 0 when every learner gets the whole pool. */
    @Column(name = "variant_items", nullable = false)
    int variantItems;

    @Column(name = "variant_stratify")
    String variantStratify;

    @Column(name = "variant_seed", nullable = false)
    long variantSeed;

    @Column
    String level;

    /** Comma-separated forms of TNR the exercise trains. */
    @Column(nullable = false)
    String forms;

    /** The answer key graded against now; every version is kept in {@link AnswerKey}. */
    @Column(name = "key_version", nullable = false)
    int keyVersion;

    @Column(name = "content_hash", nullable = false)
    String contentHash;

    protected Exercise() {
    }

    Exercise(long moduleId, String slug, int position, String type, int version, LocalizedText title,
             LocalizedText instructions, String spec, Long datasetId, AttemptPolicy policy, String hints,
             String level, List<String> forms, String contentHash) {
        super(moduleId, slug, position, title);
        this.type = type;
        this.version = version;
        this.instructions = instructions;
        this.spec = spec;
        this.datasetId = datasetId;
        this.maxAttempts = policy.maxAttempts();
        this.timeLimitMinutes = policy.timeLimitMinutes();
        this.scoring = policy.scoring();
        this.hints = hints;
        confidence(policy.confidence());
        variants(policy.variants());
        this.level = level;
        this.forms = String.join(",", forms);
        this.keyVersion = 1;
        this.contentHash = contentHash;
    }

    /** The attempt policy with the hints' texts. */
    AttemptPolicy policy() {
        return new AttemptPolicy(maxAttempts, timeLimitMinutes, scoring, ExerciseTrees.hints(hints),
                confidencePolicy(), variantPolicy());
    }

    VariantPolicy variantPolicy() {
        return variantItems == 0 ? VariantPolicy.OFF : new VariantPolicy(variantItems, variantStratify, variantSeed);
    }

    void variants(VariantPolicy variants) {
        this.variantItems = variants.items();
        this.variantStratify = variants.stratifyBy();
        this.variantSeed = variants.seed();
    }

    ConfidencePolicy confidencePolicy() {
        return confidenceAsk == null ? ConfidencePolicy.NOT_ASKED
                : new ConfidencePolicy(ConfidenceAsk.byId(confidenceAsk).orElseThrow(), confidenceWeight);
    }

    void confidence(ConfidencePolicy confidence) {
        this.confidenceAsk = confidence.asked() ? confidence.ask().id() : null;
        this.confidenceWeight = confidence.weight();
    }

    List<String> formList() {
        return forms.isEmpty() ? List.of() : List.of(forms.split(","));
    }
}
