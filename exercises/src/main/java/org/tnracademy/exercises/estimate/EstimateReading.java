package org.tnracademy.exercises.estimate;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.Map;

import org.tnracademy.exercises.PlainTree;

/** Reading and checking a place or a number, the same in a key and in an answer. */
final class EstimateReading {

    private EstimateReading() {
    }

    /** {@code latitude} and {@code longitude} fields of a map, as numbers. */
    static GeoPoint point(PlainTree tree, Map<String, Object> fields, String at) {
        if (fields == null) {
            return null;
        }
        Double latitude = tree.number(fields.get("latitude"), path(at, "latitude"));
        Double longitude = tree.number(fields.get("longitude"), path(at, "longitude"));
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    /** The {@code value} field of a map, as a number. */
    static NumberValue number(PlainTree tree, Map<String, Object> fields, String at) {
        if (fields == null) {
            return null;
        }
        Double value = tree.number(fields.get("value"), path(at, "value"));
        return value == null ? null : new NumberValue(value);
    }

    /** Null when the estimate suits the question (its kind, finite, coordinates in range), else why not. */
    static String problemWith(Estimate estimate, EstimateQuestion question) {
        if (estimate == null) {
            return "is missing";
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
}
