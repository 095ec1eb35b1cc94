package org.tnracademy.exercises.indicators;

import org.tnracademy.exercises.ProblemCode;

/** The problems of an indicators spec (a STIX bundle) or key beyond the shared checks. */
public enum IndicatorsProblem implements ProblemCode {
    /** {0} the type found instead of 'bundle'. */
    BUNDLE_TYPE,
    /** {0} the id found, not 'bundle--' and a UUID. */
    BUNDLE_ID,
    /** The bundle holds no indicator. */
    NO_INDICATOR,
    /** {0} the STIX version found instead of 2.1. */
    SPEC_VERSION,
    /** {0} the pattern type found instead of 'stix'. */
    PATTERN_TYPE,
    /** {0} the id found, not 'indicator--' and a UUID. */
    INDICATOR_ID,
    /** {0} the pattern the academy cannot read. */
    PATTERN_UNSUPPORTED,
    /** {0} how many values the indicator's pattern needs (a count), {1} the line, {2} those values. */
    LINE_DOES_NOT_MATCH,
    /** {0} the line, already in the key. */
    LINE_TWICE;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.indicators.", this);
    }
}
