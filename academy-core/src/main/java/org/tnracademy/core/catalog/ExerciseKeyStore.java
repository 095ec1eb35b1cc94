package org.tnracademy.core.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.packs.AttemptPolicy;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidSpecException;
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

    ExerciseKeyStore(ExerciseRepository exercises, AnswerKeyRepository keys, AuditLog audit) {
        this.exercises = exercises;
        this.keys = keys;
        this.audit = audit;
    }

    /** The exercise version with its current key, for grading. */
    public Optional<GradingMaterial> material(long exerciseId) {
        return exercises.findById(exerciseId).map(e -> material(e, e.keyVersion));
    }

    /** The exercise version with a given key version, such as the one an attempt was graded against. */
    public Optional<GradingMaterial> material(long exerciseId, int keyVersion) {
        return exercises.findById(exerciseId).flatMap(e -> keys.findByExerciseIdAndKeyVersion(e.id, keyVersion)
                .map(k -> material(e, k.keyVersion)));
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
        Exercise e = exercises.findById(exerciseId)
                .orElseThrow(() -> new IllegalArgumentException("No exercise with id " + exerciseId));
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(e.type);
        try {
            ExerciseTrees.checkKey(type, type.readSpec(ExerciseTrees.tree(e.spec)), keyTree);
        } catch (InvalidSpecException invalid) {
            throw new KeyVersionRefusedException(invalid.getMessage(), invalid.problems());
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        int version = e.keyVersion + 1;
        keys.saveAndFlush(new AnswerKey(e.id, version, ExerciseTrees.json(keyTree), Instant.now(), actor));
        e.keyVersion = version;
        exercises.saveAndFlush(e);
        audit.record(actor, AuditAction.ANSWER_KEY_VERSION_STORED,
                "exercise " + e.slug + " version " + e.version + ": key version " + version, null);
        return version;
    }

    private GradingMaterial material(Exercise e, int keyVersion) {
        AnswerKey key = keys.findByExerciseIdAndKeyVersion(e.id, keyVersion).orElseThrow(() ->
                new IllegalStateException("Exercise " + e.id + " has no key version " + keyVersion));
        AttemptPolicy policy = new AttemptPolicy(e.maxAttempts, e.timeLimitMinutes, e.scoring,
                ExerciseTrees.hints(e.hints));
        return new GradingMaterial(e.id, e.type, e.version, e.title, policy, ExerciseTrees.tree(e.spec), keyVersion,
                ExerciseTrees.tree(key.keyJson));
    }
}
