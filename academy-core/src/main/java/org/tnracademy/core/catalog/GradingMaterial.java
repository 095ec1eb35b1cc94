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
 * @param variantItems the items of one learner's variant when spec and key are restricted to it
 *                     ({@link LearnerVariants}); empty for the whole exercise
 */
public record GradingMaterial(long exerciseId, String type, int version, LocalizedText title,
                              AttemptPolicy policy, Map<String, Object> specTree, int keyVersion,
                              Map<String, Object> keyTree, List<String> variantItems) {

    public GradingMaterial {
        variantItems = List.copyOf(variantItems);
    }

    /** The whole exercise, for every learner alike. */
    public GradingMaterial(long exerciseId, String type, int version, LocalizedText title, AttemptPolicy policy,
                           Map<String, Object> specTree, int keyVersion, Map<String, Object> keyTree) {
        this(exerciseId, type, version, title, policy, specTree, keyVersion, keyTree, List.of());
    }

    /** Whether this is one learner's variant. */
    public boolean variant() {
        return !variantItems.isEmpty();
    }

    public int maxAttempts() {
        return policy.maxAttempts();
    }

    public List<AttemptPolicy.Hint> hints() {
        return policy.hints();
    }
}
