package org.tnracademy.core.grading;

import java.util.List;
import java.util.Map;

import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.calibration.Confidence;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidenceItems;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.types.ExerciseTypes;

/** A confidence sent with an answer, bounded and checked against the exercise's policy and items before it is kept. */
final class SubmittedConfidence {

    private SubmittedConfidence() {
    }

    /**
     * @return the confidence as stored; null for none
     * @throws SubmissionRefusedException INVALID_ANSWER naming each problem under {@code confidence...}
     */
    static String checked(GradingMaterial material, Map<String, Object> confidenceTree) {
        ConfidencePolicy policy = material.policy().confidence();
        try {
            if (confidenceTree != null) {
                AnswerLimits.check(confidenceTree);
            }
            List<String> items = policy.ask() == ConfidenceAsk.PER_ITEM
                    ? ConfidenceItems.of(ExerciseTypes.get(material.type()), material.specTree()) : List.of();
            Confidence confidence = Confidence.read(confidenceTree, policy, items);
            return confidence.isEmpty() ? null : Json.write(confidence.toTree());
        } catch (InvalidAnswerException e) {
            throw SubmissionRefusedException.invalidAnswer(e);
        }
    }
}
