package org.tnracademy.core.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.calibration.Calibration;
import org.tnracademy.exercises.calibration.CalibrationPoint;
import org.tnracademy.exercises.calibration.Confidence;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.core.type.TypeReference;

/**
 * A grade with the learner's confidence scored against it: the claims, their calibration and the
 * score before hint penalties, blended as the exercise's policy says. Made when an attempt is
 * graded and again when a regrade or an instructor grades it.
 *
 * @param raw the score before hint penalties: the grader's, blended with the calibration when it counts
 */
record CalibratedScore(double raw, List<CalibrationPoint> claims, Calibration calibration) {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final TypeReference<List<List<Double>>> CLAIMS = new TypeReference<>() {
    };

    static CalibratedScore of(ConfidencePolicy policy, String typeId, String confidenceJson, GradeResult result) {
        Confidence confidence = confidenceJson == null ? Confidence.NONE : Confidence.stored(Json.read(confidenceJson, TREE));
        List<CalibrationPoint> claims = !policy.asked() || confidence.isEmpty() ? List.of()
                : Calibration.points(confidence, result.score(), ExerciseTypes.get(typeId).itemResponses(result));
        Calibration calibration = Calibration.of(claims);
        return new CalibratedScore(policy.blend(result.score(), calibration == null ? null : calibration.score()),
                claims, calibration);
    }

    /** The claims as stored with the attempt; null for none. */
    String claimsJson() {
        if (claims.isEmpty()) {
            return null;
        }
        List<List<Double>> out = new ArrayList<>(claims.size());
        claims.forEach(c -> out.add(List.of(c.confidence(), c.outcome())));
        return Json.write(out);
    }

    Double calibrationScore() {
        return calibration == null ? null : calibration.score();
    }

    /** Claims stored with an attempt, read back. */
    static List<CalibrationPoint> claims(String json) {
        if (json == null) {
            return List.of();
        }
        return Json.read(json, CLAIMS).stream().map(c -> new CalibrationPoint(c.get(0), c.get(1))).toList();
    }
}
