package org.tnracademy.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * The one door to answer keys. Views must never use it (an architecture test checks that); the
 * grading service does, on the server, and sends learners only the feedback.
 */
@Component
@Transactional(readOnly = true)
public class ExerciseKeyStore {

    private final ExerciseRepository exercises;
    private final AnswerKeyRepository keys;
    private final AuditLog audit;
    private final DatasetService datasets;
    private final ParsedExercises parsed;

    ExerciseKeyStore(ExerciseRepository exercises, AnswerKeyRepository keys, AuditLog audit,
                     DatasetService datasets, ParsedExercises parsed) {
        this.parsed = parsed;
        this.exercises = exercises;
        this.keys = keys;
        this.audit = audit;
        this.datasets = datasets;
    }

    /** The exercise version with its current key, for grading. */
    public Optional<GradingMaterial> material(long exerciseId) {
        return exercises.findById(exerciseId).map(e -> material(e, e.keyVersion));
    }

    /**
     * The exercise version's hints, from its spec alone: a learner's exercise page shows them on every
     * visit, and the key (for a dataset exercise, a label for each item) need not be read for that.
     */
    public Optional<List<AttemptPolicy.Hint>> hints(long exerciseId) {
        return exercises.findById(exerciseId).map(e -> parsed.spec(e).hints());
    }

    /** The exercise version with a given key version, such as the one an attempt was graded against. */
    public Optional<GradingMaterial> material(long exerciseId, int keyVersion) {
        return exercises.findById(exerciseId).flatMap(e -> keys.findByExerciseIdAndKeyVersion(e.id, keyVersion)
                .map(k -> material(e, k.keyVersion)));
    }

    /**
     * The exercise's current key version, read under a lock shared with other submissions and held
     * until the caller's transaction ends: a key change ({@link #lockForKeyChange}) waits for this
     * transaction, and this one waits for a key change already under way, so an attempt is never
     * stored graded by a key that stopped being current in between. Call inside a transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int currentKeyVersionForStoring(long exerciseId) {
        return exercises.findSharedLocked(exerciseId).map(e -> e.keyVersion)
                .orElseThrow(() -> new IllegalArgumentException("No exercise with id " + exerciseId));
    }

    /**
     * Locks the exercise against submissions being stored until the caller's transaction ends, for
     * a key change: attempts stored before are all visible to it, later ones are graded by the new key.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockForKeyChange(long exerciseId) {
        exercises.findWriteLocked(exerciseId)
                .orElseThrow(() -> new IllegalArgumentException("No exercise with id " + exerciseId));
    }

    /**
     * Stores a new answer-key version of an exercise version and makes it the current one; earlier
     * versions and the attempts graded against them stay as they are (a regrade uses both).
     *
     * @return the new key version number
     * @throws KeyVersionRefusedException when the key does not fit the spec, naming every problem
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public int storeKeyVersion(long exerciseId, Map<String, Object> keyTree) {
        Exercise e = exercise(exerciseId);
        check(e, keyTree);
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        int version = e.keyVersion + 1;
        keys.saveAndFlush(new AnswerKey(e.id, version, ExerciseTrees.json(keyTree), Instant.now(), actor));
        e.keyVersion = version;
        exercises.saveAndFlush(e);
        audit.record(actor, AuditAction.ANSWER_KEY_VERSION_STORED,
                AuditMessage.of("answer-key-stored", e.title, e.version, version),
                "exercise " + e.slug + " version " + e.version + ": key version " + version, null);
        return version;
    }

    /**
     * Checks a candidate key as {@link #storeKeyVersion} would, storing nothing: against the spec
     * and, for item labelling, against the items of the exercise's dataset (every item once, no other).
     *
     * @throws KeyVersionRefusedException naming every problem with its path, such as {@code items[3].item}
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void checkKeyVersion(long exerciseId, Map<String, Object> keyTree) {
        check(exercise(exerciseId), keyTree);
    }

    /** Every key version of the exercise version, newest first. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<KeyVersionInfo> keyVersions(long exerciseId) {
        Exercise e = exercise(exerciseId);
        return keys.findByExerciseIdOrderByKeyVersionDesc(e.id).stream()
                .map(k -> new KeyVersionInfo(k.keyVersion, k.keyVersion == e.keyVersion, k.createdAt, k.createdBy))
                .toList();
    }

    private Exercise exercise(long exerciseId) {
        return exercises.findById(exerciseId)
                .orElseThrow(() -> new IllegalArgumentException("No exercise with id " + exerciseId));
    }

    private void check(Exercise e, Map<String, Object> keyTree) {
        if (keyTree == null) {
            throw new KeyVersionRefusedException("The key is empty",
                    List.of(SpecProblem.of("(key)", "the key is empty", ReadProblem.REQUIRED)));
        }
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(e.type);
        try {
            ExerciseTrees.checkKey(type, parsed.spec(e).spec(), keyTree);
        } catch (InvalidSpecException invalid) {
            throw new KeyVersionRefusedException(invalid.getMessage(), invalid.problems());
        }
        if (type.keyLabelsDatasetItems() && e.datasetId != null) {
            List<SpecProblem> problems = LabellingKeyCoverage.problems(keyTree, datasets.itemKeys(e.datasetId));
            if (!problems.isEmpty()) {
                throw new KeyVersionRefusedException(new InvalidSpecException(problems).getMessage(), problems);
            }
        }
    }

    private GradingMaterial material(Exercise e, int keyVersion) {
        AnswerKey key = keys.findByExerciseIdAndKeyVersion(e.id, keyVersion).orElseThrow(() ->
                new IllegalStateException("Exercise " + e.id + " has no key version " + keyVersion));
        ParsedExercises.ParsedSpec spec = parsed.spec(e);
        AttemptPolicy policy = new AttemptPolicy(e.maxAttempts, e.timeLimitMinutes, e.scoring, spec.hints(),
                e.confidencePolicy(), e.variantPolicy());
        return new GradingMaterial(e.id, e.type, e.version, e.title, policy, spec.tree(), keyVersion,
                parsed.keyTree(key));
    }
}
