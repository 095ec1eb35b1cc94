package org.tnracademy.core.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to answer keys. Views must never use it (an architecture test checks that); the
 * grading service does, on the server, and sends learners only the feedback.
 */
@Component
@Transactional(readOnly = true)
public class ExerciseKeyStore {

    private final ExerciseRepository exercises;

    ExerciseKeyStore(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    public Optional<GradingMaterial> material(long exerciseId) {
        return exercises.findById(exerciseId).map(e -> {
            var spec = LabellingMaterial.spec(e.spec);
            return new GradingMaterial(e.id, e.type, e.version, e.maxAttempts, spec,
                    LabellingMaterial.key(spec, e.answerKey));
        });
    }
}
