package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the subset of the STIX 2.1 patterning language that the academy grades against: equality
 * comparisons on {@code domain-name:value}, {@code ipv4-addr:value}, {@code url:value} and
 * {@code file:hashes.'SHA-256'}, joined with OR, inside one observation or across several:
 * <pre>
 * pattern     := observation ( "OR" observation )*
 * observation := "[" comparison ( "OR" comparison )* "]"
 * comparison  := objectPath "=" 'string'
 * </pre>
 * Anything else (AND, other operators, other paths, parentheses, qualifiers such as WITHIN or
 * REPEATS, FOLLOWEDBY) is refused with the reason, so an author never believes a pattern is graded
 * that is not. Keywords are upper case, as STIX writes them.
 */
public final class StixPattern {

    private final String text;
    private int pos;

    private StixPattern(String text) {
        this.text = text;
    }

    /**
     * The values the pattern looks for, in the order written.
     *
     * @throws IllegalArgumentException with the reason, when the pattern is outside the subset
     */
    public static List<Observable> parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("the pattern is empty");
        }
        return new StixPattern(pattern).pattern();
    }

    private List<Observable> pattern() {
        List<Observable> observables = new ArrayList<>();
        do {
            observation(observables);
        } while (keyword("OR"));
        skipSpaces();
        if (pos < text.length()) {
            String rest = rest();
            if (rest.startsWith("AND")) {
                fail("AND is not supported: join observations with OR only");
            }
            fail("expected OR or the end after ']', found '" + rest
                    + "' (qualifiers such as WITHIN or REPEATS and FOLLOWEDBY are not supported)");
        }
        return observables;
    }

    private void observation(List<Observable> into) {
        skipSpaces();
        if (peek() == '(') {
            fail("parentheses are not supported");
        }
        expect('[');
        do {
            into.add(comparison());
        } while (keyword("OR"));
        skipSpaces();
        if (text.startsWith("AND", pos)) {
            fail("AND is not supported: join comparisons with OR only");
        }
        expect(']');
    }

    private Observable comparison() {
        skipSpaces();
        if (text.startsWith("NOT", pos)) {
            fail("NOT is not supported");
        }
        String path = objectPath();
        ObservableType type = ObservableType.byObjectPath(path);
        if (type == null) {
            fail("the object path '" + path + "' is not supported; use one of " + ObservableType.objectPaths());
        }
        skipSpaces();
        if (peek() != '=' || text.startsWith("==", pos)) {
            fail("only '=' comparisons are supported, found '" + word() + "' after " + path);
        }
        pos++;
        String value = stringLiteral();
        String problem = type.problemWith(value);
        if (problem != null) {
            fail(problem);
        }
        return new Observable(type, value);
    }

    /** Letters, digits and -_:. with quoted parts after a dot, as in file:hashes.'SHA-256'. */
    private String objectPath() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.') {
                pos++;
            } else if (c == '\'' && pos > start && text.charAt(pos - 1) == '.') {
                int close = text.indexOf('\'', pos + 1);
                if (close < 0) {
                    fail("a quoted part of the object path is not closed");
                }
                pos = close + 1;
            } else {
                break;
            }
        }
        if (pos == start) {
            fail("expected an object path such as domain-name:value, found '" + word() + "'");
        }
        return text.substring(start, pos);
    }

    /** A single-quoted string; \' and \\ are the escapes STIX allows. */
    private String stringLiteral() {
        skipSpaces();
        if (peek() != '\'') {
            fail("expected a quoted value such as 'update-check.example', found '" + word() + "'");
        }
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                return value.toString();
            }
            if (c == '\\') {
                if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '\\')) {
                    fail("only \\' and \\\\ may be escaped in a value");
                }
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        throw new IllegalArgumentException("a quoted value is not closed");
    }

    /** Consumes the keyword if it comes next, as a whole word. */
    private boolean keyword(String word) {
        skipSpaces();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            fail("expected '" + c + "', found " + (pos < text.length() ? "'" + word() + "'" : "the end"));
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String word() {
        int end = pos;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end == pos ? rest() : text.substring(pos, end);
    }

    private String rest() {
        return text.substring(pos).strip();
    }

    private static void fail(String reason) {
        throw new IllegalArgumentException(reason);
    }
}
