package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ProblemMessage;

/** A place in decimal degrees: latitude in [-90, 90], longitude in [-180, 180]. */
public record GeoPoint(double latitude, double longitude) implements Estimate {

    @Override
    public QuestionKind kind() {
        return QuestionKind.LOCATION;
    }

    /** Null when both coordinates are finite and in range, else why not. */
    String problem() {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            return "latitude " + latitude + " is not between -90 and 90";
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            return "longitude " + longitude + " is not between -180 and 180";
        }
        return null;
    }

    /** The same problem as {@link #problem()}, as a code with arguments; null when there is none. */
    ProblemMessage message() {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            return ProblemMessage.of(CheckProblem.BETWEEN, latitude, -90, 90);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            return ProblemMessage.of(CheckProblem.BETWEEN, longitude, -180, 180);
        }
        return null;
    }
}
