package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.LocalizedText;

/**
 * What grading needs of an exercise version, key included: the type reads spec and key from their
 * trees. Only grading code receives it (see {@link ExerciseKeyStore}).
 *
 * @param hints the hints with their texts, which a learner sees only once taken
 */
public record GradingMaterial(long exerciseId, String type, int version, LocalizedText title,
                              AttemptPolicy policy, Map<String, Object> specTree, int keyVersion,
                              Map<String, Object> keyTree) {

    public int maxAttempts() {
        return policy.maxAttempts();
    }

    public List<AttemptPolicy.Hint> hints() {
        return policy.hints();
    }
}
