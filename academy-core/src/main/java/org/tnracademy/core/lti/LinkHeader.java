package org.tnracademy.core.lti;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Link} response header (RFC 8288) as NRPS paging uses it: {@code <url>; rel="next"}.
 * Several links per header and several headers, quoted or bare parameter values, spaces, and
 * relation lists ({@code rel="next last"}) are understood; only the first {@code rel} of a link
 * counts, as the RFC says. A malformed link ends the reading of its header (the links before it
 * stay). One pass over the text.
 */
final class LinkHeader {

    private LinkHeader() {
    }

    /** The target of the first link whose relations include {@code rel}, as written (maybe relative). */
    static Optional<String> target(List<String> headers, String rel) {
        for (String header : headers) {
            Optional<String> found = new Scanner(header).find(rel.toLowerCase(Locale.ROOT));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Reads one header value, link by link. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        Optional<String> find(String wanted) {
            while (true) {
                skipSpaces();
                while (at < text.length() && text.charAt(at) == ',') {
                    at++;
                    skipSpaces();
                }
                if (at >= text.length() || text.charAt(at) != '<') {
                    return Optional.empty();
                }
                int close = text.indexOf('>', at + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                String target = text.substring(at + 1, close).strip();
                at = close + 1;
                String rel = null;
                skipSpaces();
                while (at < text.length() && text.charAt(at) == ';') {
                    at++;
                    skipSpaces();
                    int nameStart = at;
                    while (at < text.length() && "=;, \t".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String name = text.substring(nameStart, at).toLowerCase(Locale.ROOT);
                    skipSpaces();
                    String value = "";
                    if (at < text.length() && text.charAt(at) == '=') {
                        at++;
                        skipSpaces();
                        value = value();
                        if (value == null) {
                            return Optional.empty();
                        }
                    }
                    if (name.equals("rel") && rel == null) {
                        rel = value;
                    }
                    skipSpaces();
                }
                if (at < text.length() && text.charAt(at) != ',') {
                    return Optional.empty();
                }
                if (rel != null && !target.isEmpty() && hasRelation(rel, wanted)) {
                    return Optional.of(target);
                }
            }
        }

        /** A quoted string (with backslash escapes) or a bare token; null when a quote is not closed. */
        private String value() {
            if (at < text.length() && text.charAt(at) == '"') {
                StringBuilder quoted = new StringBuilder();
                at++;
                while (at < text.length()) {
                    char c = text.charAt(at++);
                    if (c == '"') {
                        return quoted.toString();
                    }
                    if (c == '\\' && at < text.length()) {
                        c = text.charAt(at++);
                    }
                    quoted.append(c);
                }
                return null;
            }
            int start = at;
            while (at < text.length() && ";, \t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at);
        }

        private void skipSpaces() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private static boolean hasRelation(String rels, String wanted) {
            for (String rel : rels.strip().split("[ \t]+")) {
                if (rel.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
            return false;
        }
    }
}
