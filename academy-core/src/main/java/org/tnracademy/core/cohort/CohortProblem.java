package org.tnracademy.core.cohort;

/**
 * One thing wrong with a cohort change: the CSV row (0 when not from a file), the field and the
 * reason, so a form can put it next to the field and an enrolment report next to the row.
 */
public record CohortProblem(int row, String field, Reason reason, String value) {

    public enum Reason {
        REQUIRED, NAME_TOO_LONG, NAME_TAKEN, ENDS_BEFORE_START, NO_COURSE, UNKNOWN_COURSE, UNKNOWN_COHORT,
        UNKNOWN_ACCOUNT, NOT_A_LEARNER, NOT_IN_COURSES, ALREADY_ENROLLED, NOT_ENROLLED, SAME_COHORT, MISSING_COLUMN,
        DUPLICATE_IN_FILE, UNREADABLE_FILE, EMPTY_FILE,
        NOT_A_COHORT_MANAGER, ALREADY_MANAGER, NOT_A_MANAGER, LAST_MANAGER
    }

    @Override
    public String toString() {
        return (row > 0 ? "row " + row + ", " : "") + field + ": " + reason + (value == null ? "" : " (" + value + ")");
    }
}
