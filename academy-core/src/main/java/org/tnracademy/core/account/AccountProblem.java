package org.tnracademy.core.account;

/**
 * One thing wrong with an account change: the CSV row (0 when not from a file), the field and
 * the reason, so a form can put it next to the field and an import report next to the row.
 */
public record AccountProblem(int row, String field, Reason reason, String value) {

    public enum Reason {
        REQUIRED, USERNAME_FORMAT, USERNAME_TAKEN, NAME_TOO_LONG, PASSWORD_TOO_SHORT, NO_ROLE, UNKNOWN_ROLE,
        LAST_ADMINISTRATOR, OWN_ACCOUNT, MISSING_COLUMN, DUPLICATE_IN_FILE, NOT_FOUND,
        WRONG_PASSWORD, PASSWORDS_DIFFER, SAME_PASSWORD, LANGUAGE_FORMAT
    }

    @Override
    public String toString() {
        return (row > 0 ? "row " + row + ", " : "") + field + ": " + reason + (value == null ? "" : " (" + value + ")");
    }
}
