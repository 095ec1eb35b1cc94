package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.ProblemCode;

/** The problems of an estimate spec, key or answer beyond the shared checks. */
public enum EstimateProblem implements ProblemCode {
    /** A map, and no location question. */
    MAP_WITHOUT_LOCATION,
    /** The path of a picture of the pack is missing. */
    PICTURE_REQUIRED,
    /** A location's error must be absolute (a distance in km). */
    LOCATION_ERROR_ABSOLUTE,
    /** {0} the tolerance, below 0. */
    TOLERANCE_NEGATIVE,
    /** {0} the zero-credit distance, {1} the tolerance it must exceed. */
    ZERO_CREDIT_TOO_LOW,
    /** A relative error against a true value of 0. */
    RELATIVE_TRUE_ZERO,
    /** {0} the north edge, {1} the south edge it must be north of. */
    NORTH_OF_SOUTH,
    /** {0} the east edge, {1} the west edge it must be east of. */
    EAST_OF_WEST,
    /** {0} the question, which asks for a place. */
    WANTS_A_PLACE,
    /** {0} the question, which asks for a number. */
    WANTS_A_NUMBER;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.estimate.", this);
    }
}
