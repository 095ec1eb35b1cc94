package org.tnracademy.exercises.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Geo;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Grades places and numeric estimates: each question's error (haversine distance in km, or the
 * absolute or relative error of a number) earns full credit within the tolerance, none from the
 * zero-credit error, and the question's decay in between. The score is the mean credit. Pure and
 * deterministic.
 */
public final class EstimateGrader {

    public EstimateResult grade(EstimateSpec spec, EstimateKey key, EstimateAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Map<String, KeyAnswer> truths = key.byQuestion();
        List<QuestionFeedback> feedback = new ArrayList<>(spec.questions().size());
        double total = 0;
        for (EstimateQuestion q : spec.questions()) {
            KeyAnswer truth = truths.get(q.id());
            Estimate given = answer.byQuestion().get(q.id());
            String unit = q.errorMode() == ErrorMode.RELATIVE ? "relative" : q.unit();
            if (given == null) {
                feedback.add(new QuestionFeedback(q.id(), q.kind(), 0.0, null, unit, false, truth.expected(), null,
                        truth.explanation()));
                continue;
            }
            double error = error(q, truth.expected(), given);
            double credit = q.decay().credit(error, q.tolerance(), q.zeroCredit());
            total += credit;
            feedback.add(new QuestionFeedback(q.id(), q.kind(), credit, error, unit, error <= q.tolerance(),
                    truth.expected(), given, truth.explanation()));
        }
        return new EstimateResult(total / spec.questions().size(), answer.byQuestion().size(),
                spec.questions().size(), feedback);
    }

    /** Distance in km, or the absolute or relative error; the key and the answer are checked to suit the question. */
    static double error(EstimateQuestion q, Estimate expected, Estimate given) {
        return switch (expected) {
            case GeoPoint truth -> {
                GeoPoint place = (GeoPoint) given;
                yield Geo.haversineKm(truth.latitude(), truth.longitude(), place.latitude(), place.longitude());
            }
            case NumberValue truth -> {
                double difference = Math.abs(((NumberValue) given).value() - truth.value());
                yield q.errorMode() == ErrorMode.RELATIVE ? difference / Math.abs(truth.value()) : difference;
            }
        };
    }
}
