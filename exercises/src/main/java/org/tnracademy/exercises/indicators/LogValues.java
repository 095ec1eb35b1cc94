package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole values a log line holds, for checking that an indicator's value is one of them: the
 * line's words (split at spaces, a double-quoted run kept whole), each also without the
 * punctuation around it ({@code <desk@mail.example>}, {@code "C:\Users\x.exe"}), the value of a
 * {@code key=value} word, and the host of a {@code host:port} or {@code [ipv6]:port}. One pass over
 * the line, a few candidates per word: linear in its length.
 */
final class LogValues {

    private static final String OPENING = "\"'<([{";
    private static final String CLOSING = "\"'>)]},;";

    private final List<String> values = new ArrayList<>();

    private LogValues() {
    }

    static LogValues of(String line) {
        LogValues read = new LogValues();
        int start = -1;
        boolean quoted = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == '"' && i < line.length()) {
                quoted = !quoted;
            }
            boolean space = Character.isWhitespace(c) && (!quoted || i == line.length());
            if (space && start >= 0) {
                read.word(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return read;
    }

    List<String> values() {
        return values;
    }

    private void word(String word) {
        candidate(word);
        int equals = word.indexOf('=');
        if (equals >= 0 && equals < word.length() - 1) {
            candidate(word.substring(equals + 1));
        }
    }

    private void candidate(String raw) {
        if (raw.startsWith("[")) {
            int close = raw.indexOf("]:");
            if (close > 1) {
                values.add(raw.substring(1, close)); // [2001:db8::1]:443
            }
        }
        String value = trimmed(raw);
        if (value.isEmpty()) {
            return;
        }
        values.add(value);
        if (value.startsWith("mailto:")) {
            values.add(value.substring("mailto:".length()));
        }
        int colon = value.lastIndexOf(':');
        if (colon > 0 && colon == value.indexOf(':') && colon < value.length() - 1 && digitsAfter(value, colon + 1)) {
            values.add(value.substring(0, colon)); // 198.51.100.7:443, cdn.example:8443
        }
    }

    private static String trimmed(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && OPENING.indexOf(raw.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CLOSING.indexOf(raw.charAt(to - 1)) >= 0) {
            to--;
        }
        return raw.substring(from, to);
    }

    private static boolean digitsAfter(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
