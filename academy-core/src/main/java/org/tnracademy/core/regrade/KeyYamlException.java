package org.tnracademy.core.regrade;

/** A key that is not valid YAML (or not a mapping): where it goes wrong, and why. */
public class KeyYamlException extends RuntimeException {

    private final int line;
    private final int column;
    private final String reason;

    public KeyYamlException(int line, int column, String reason) {
        super("line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
