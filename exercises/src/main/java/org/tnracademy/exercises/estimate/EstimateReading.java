package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.TreeReader;

/** Reading and checking a place or a number, the same in a key and in an answer. */
final class EstimateReading {

    private EstimateReading() {
    }

    /** The {@code latitude} and {@code longitude} fields of a map, as numbers; null when either cannot be read. */
    static GeoPoint point(TreeReader fields) {
        Double latitude = fields.number("latitude");
        Double longitude = fields.number("longitude");
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    /** The {@code value} field of a map, as a number; null when it cannot be read. */
    static NumberValue number(TreeReader fields) {
        Double value = fields.number("value");
        return value == null ? null : new NumberValue(value);
    }

    /** Null when the estimate suits the question (its kind, finite, coordinates in range), else why not. */
    static String problemWith(Estimate estimate, EstimateQuestion question) {
        if (estimate == null) {
            return "is required";
        }
        if (estimate.kind() != question.kind()) {
            return "question '" + question.id() + "' asks for " + (question.kind() == QuestionKind.LOCATION
                    ? "a place {latitude, longitude}" : "a number");
        }
        return switch (estimate) {
            case GeoPoint p -> p.problem();
            case NumberValue n -> Double.isFinite(n.value()) ? null : "must be a finite number, not " + n.value();
        };
    }

    /** The same problem as {@link #problemWith}, as a code with arguments; null when there is none. */
    static ProblemMessage messageOf(Estimate estimate, EstimateQuestion question) {
        if (estimate == null) {
            return ProblemMessage.of(ReadProblem.REQUIRED);
        }
        if (estimate.kind() != question.kind()) {
            return ProblemMessage.of(question.kind() == QuestionKind.LOCATION ? EstimateProblem.WANTS_A_PLACE
                    : EstimateProblem.WANTS_A_NUMBER, question.id());
        }
        return switch (estimate) {
            case GeoPoint p -> p.message();
            case NumberValue n -> Double.isFinite(n.value()) ? null : ProblemMessage.of(ReadProblem.NOT_FINITE, n.value());
        };
    }
}
