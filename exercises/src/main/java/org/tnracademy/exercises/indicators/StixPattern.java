package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the part of the STIX 2.1 patterning language that security researchers publish indicators
 * in: equality comparisons on the object paths of {@link ObservableType}, joined with AND and OR
 * inside an observation, and observations joined with OR:
 * <pre>
 * pattern     := observation ( "OR" observation )*
 * observation := "[" conjunction ( "OR" conjunction )* "]"
 * conjunction := comparison ( "AND" comparison )*
 * comparison  := objectPath "=" 'string'
 * </pre>
 * AND binds tighter than OR, as in STIX. Anything else is refused, naming the construct: other
 * operators ({@code !=}, {@code LIKE}, {@code MATCHES}, {@code IN}...), {@code NOT}, other object
 * paths, parentheses, observations joined by AND or {@code FOLLOWEDBY}, and qualifiers
 * ({@code WITHIN}, {@code START}/{@code STOP}, {@code REPEATS}), so an author never believes a pattern
 * is honoured that is not. A hand-written tokenizer reads each character once: linear in the
 * pattern's length, whatever it holds. Keywords are read in any case.
 */
public final class StixPattern {

    /** Longer than any published indicator's pattern; refused before reading. */
    static final int MAX_LENGTH = 100_000;
    private static final int SHOWN = 40;
    private static final Set<String> OPERATORS = Set.of("LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET");
    private static final Set<String> QUALIFIERS = Set.of("WITHIN", "START", "STOP", "REPEATS");

    private enum Kind { OPEN, CLOSE, OPEN_PAREN, CLOSE_PAREN, STRING, PATH, WORD, OPERATOR, OTHER, END }

    /** A token: its kind, where it starts, its text (a string's value unescaped) and a path's parts. */
    private record Token(Kind kind, int at, String text, String objectType, List<String> properties) {
        Token(Kind kind, int at, String text) {
            this(kind, at, text, null, List.of());
        }

        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.toUpperCase(Locale.ROOT).equals(keyword);
        }
    }

    private final String text;
    private int pos;
    private Token next;

    private StixPattern(String text) {
        this.text = text;
        this.next = read();
    }

    /**
     * The pattern's comparisons, grouped as written.
     *
     * @throws IllegalArgumentException naming the construct, when the pattern is outside the subset
     */
    public static IndicatorPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("the pattern is empty");
        }
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the pattern has " + pattern.length() + " characters, at most "
                    + MAX_LENGTH);
        }
        return new StixPattern(pattern).pattern();
    }

    private IndicatorPattern pattern() {
        List<List<Observable>> alternatives = new ArrayList<>();
        observation(alternatives);
        while (next.isWord("OR")) {
            take();
            observation(alternatives);
        }
        if (next.kind() == Kind.END) {
            return new IndicatorPattern(alternatives);
        }
        if (next.isWord("AND")) {
            fail("observations joined by AND ([...] AND [...]) are not supported: they describe things seen"
                    + " separately, not in one log line; join observations with OR, or put the comparisons in one"
                    + " observation [a = 'x' AND b = 'y']");
        }
        if (next.isWord("FOLLOWEDBY")) {
            fail("FOLLOWEDBY is not supported: join observations with OR");
        }
        String word = next.text().toUpperCase(Locale.ROOT);
        if (next.kind() == Kind.WORD && QUALIFIERS.contains(word)) {
            fail("the qualifier " + word + " is not supported");
        }
        throw unexpected("OR or the end after ']'");
    }

    private void observation(List<List<Observable>> into) {
        if (next.kind() == Kind.OPEN_PAREN) {
            fail("parentheses are not supported");
        }
        expect(Kind.OPEN, "'['");
        into.add(conjunction());
        while (next.isWord("OR")) {
            take();
            into.add(conjunction());
        }
        if (next.kind() == Kind.CLOSE_PAREN || next.kind() == Kind.OPEN_PAREN) {
            fail("parentheses are not supported");
        }
        expect(Kind.CLOSE, "AND, OR or ']'");
    }

    private List<Observable> conjunction() {
        List<Observable> all = new ArrayList<>();
        all.add(comparison());
        while (next.isWord("AND")) {
            take();
            all.add(comparison());
        }
        return all;
    }

    private Observable comparison() {
        if (next.isWord("NOT")) {
            fail("NOT is not supported");
        }
        if (next.kind() == Kind.OPEN_PAREN) {
            fail("parentheses are not supported");
        }
        if (next.kind() != Kind.PATH) {
            throw unexpected("an object path such as domain-name:value");
        }
        Token path = take();
        ObservableType type = ObservableType.byObjectPath(path.objectType(), path.properties());
        if (type == null) {
            fail("the object path '" + shown(path.text()) + "' is not supported; use one of "
                    + ObservableType.objectPaths());
        }
        if (next.isWord("NOT")) {
            fail("NOT is not supported");
        }
        if (next.kind() == Kind.WORD && OPERATORS.contains(next.text().toUpperCase(Locale.ROOT))
                || next.kind() == Kind.OPERATOR && !next.text().equals("=")) {
            fail("the operator " + next.text() + " is not supported after " + path.text() + ": only '='");
        }
        expect(Kind.OPERATOR, "'=' after " + path.text());
        if (next.kind() != Kind.STRING) {
            throw unexpected("a quoted value such as 'update-check.example'");
        }
        String value = take().text();
        String problem = type.problemWith(value);
        if (problem != null) {
            fail(problem);
        }
        return new Observable(type, value);
    }

    private Token take() {
        Token taken = next;
        next = read();
        return taken;
    }

    private void expect(Kind kind, String what) {
        if (next.kind() != kind) {
            throw unexpected(what);
        }
        take();
    }

    private IllegalArgumentException unexpected(String what) {
        return new IllegalArgumentException("expected " + what + ", found "
                + (next.kind() == Kind.END ? "the end" : "'" + shown(text.substring(next.at()).strip()) + "'"));
    }

    // ---- the tokenizer: each call reads one token, each character is read once

    private Token read() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int at = pos;
        if (pos == text.length()) {
            return new Token(Kind.END, at, "");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '[' -> {
                pos++;
                return new Token(Kind.OPEN, at, "[");
            }
            case ']' -> {
                pos++;
                return new Token(Kind.CLOSE, at, "]");
            }
            case '(' -> {
                pos++;
                return new Token(Kind.OPEN_PAREN, at, "(");
            }
            case ')' -> {
                pos++;
                return new Token(Kind.CLOSE_PAREN, at, ")");
            }
            case '\'' -> {
                return new Token(Kind.STRING, at, string());
            }
            case '=', '!', '<', '>' -> {
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '=' || c == '<' && text.charAt(pos) == '>')) {
                    pos++;
                }
                return new Token(Kind.OPERATOR, at, text.substring(at, pos));
            }
            default -> {
                if (isNameChar(c)) {
                    return word(at);
                }
                pos++;
                return new Token(Kind.OTHER, at, String.valueOf(c));
            }
        }
    }

    /** A keyword, or an object path {@code type:property.'quoted'.property} when a colon follows the name. */
    private Token word(int at) {
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == text.length() || text.charAt(pos) != ':') {
            return new Token(Kind.WORD, at, text.substring(at, pos));
        }
        String objectType = text.substring(at, pos);
        pos++;
        List<String> properties = new ArrayList<>();
        do {
            if (pos < text.length() && text.charAt(pos) == '\'') {
                properties.add(string());
            } else {
                int start = pos;
                while (pos < text.length() && isNameChar(text.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    fail("the object path '" + shown(text.substring(at, pos)) + "' ends without a property name");
                }
                properties.add(text.substring(start, pos));
            }
            if (pos < text.length() && text.charAt(pos) == '[') {
                fail("list indexes in object paths ('" + shown(text.substring(at, pos)) + "[...]') are not"
                        + " supported");
            }
        } while (pos < text.length() && text.charAt(pos) == '.' && ++pos > 0);
        return new Token(Kind.PATH, at, text.substring(at, pos), objectType, properties);
    }

    /** A single-quoted string; \' and \\ are the escapes STIX allows. */
    private String string() {
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

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** At most a few words of the input in a message: a problem must not repeat a megabyte. */
    private static String shown(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
    }

    private static void fail(String reason) {
        throw new IllegalArgumentException(reason);
    }
}
