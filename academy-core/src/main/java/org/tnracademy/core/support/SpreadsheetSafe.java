package org.tnracademy.core.support;

/**
 * Makes a cell of an exported file safe to open in a spreadsheet: a value that starts with
 * = + - @ (or a tab or carriage return) would be run as a formula, so it gets a leading
 * apostrophe and is shown as text.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
