package org.tnracademy.exercises.indicators;

import java.util.Locale;

/**
 * Canonical forms of indicator values, each a single pass over the text: null when the text is not
 * such a value. {@link ObservableType#canonical} says which applies to which object path.
 */
final class Values {

    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;

    private Values() {
    }

    /** Labels of letters, digits, '-' and '_' (not starting or ending with '-'), at least two; lower-cased. */
    static String domain(String value) {
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (name.isEmpty() || name.length() > MAX_DOMAIN) {
            return null;
        }
        int labels = 0;
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                int length = i - start;
                if (length == 0 || length > MAX_LABEL || name.charAt(start) == '-' || name.charAt(i - 1) == '-') {
                    return null;
                }
                labels++;
                start = i + 1;
            } else if (!isAsciiLetterOrDigit(name.charAt(i)) && name.charAt(i) != '-' && name.charAt(i) != '_') {
                return null;
            }
        }
        return labels >= 2 ? name.toLowerCase(Locale.ROOT) : null;
    }

    /** {@code scheme://authority...}, no spaces; scheme and host lower-cased, the rest as written. */
    static String url(String value) {
        int colon = value.indexOf("://");
        if (colon < 1 || !isAsciiLetter(value.charAt(0))) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '+' && c != '.' && c != '-') {
                return null;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
                return null;
            }
        }
        int authorityStart = colon + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < value.length() && "/?#".indexOf(value.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        if (authorityEnd == authorityStart) {
            return null;
        }
        String authority = value.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        String host = authority.substring(at + 1);
        if (host.isEmpty()) {
            return null;
        }
        return value.substring(0, colon).toLowerCase(Locale.ROOT) + "://" + authority.substring(0, at + 1)
                + host.toLowerCase(Locale.ROOT) + value.substring(authorityEnd);
    }

    /** Four decimal numbers 0-255 without leading zeros, as written. */
    static String ipv4(String value) {
        int parts = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (!isOctet(value, start, i)) {
                    return null;
                }
                parts++;
                start = i + 1;
            } else if (!isDigit(value.charAt(i))) {
                return null;
            }
        }
        return parts == 4 ? value : null;
    }

    /** Eight groups of one to four hex digits, or fewer around one "::", optionally ending in IPv4. */
    static String ipv6(String value) {
        if (value.length() > 45 || value.indexOf("::") != value.lastIndexOf("::")) {
            return null;
        }
        int gap = value.indexOf("::");
        String head = gap < 0 ? value : value.substring(0, gap);
        String tail = gap < 0 ? "" : value.substring(gap + 2);
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = gap < 0 ? new int[0] : groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int written = headGroups.length + tailGroups.length;
        if (gap < 0 ? written != 8 : written > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        StringBuilder canonical = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            canonical.append(i == 0 ? "" : ":").append(Integer.toHexString(all[i]));
        }
        return canonical.toString();
    }

    /** The 16-bit groups of one side of "::"; the last may be an IPv4 address (two groups) when allowed. */
    private static int[] groups(String side, boolean ipv4Last) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int count = parts.length;
        String last = parts[count - 1];
        boolean dotted = ipv4Last && last.indexOf('.') >= 0;
        int[] groups = new int[dotted ? count + 1 : count];
        for (int i = 0; i < (dotted ? count - 1 : count); i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int group = 0;
            for (int k = 0; k < part.length(); k++) {
                int digit = Character.digit(part.charAt(k), 16);
                if (digit < 0 || part.charAt(k) > 'f') {
                    return null;
                }
                group = group * 16 + digit;
            }
            groups[i] = group;
        }
        if (dotted) {
            if (ipv4(last) == null) {
                return null;
            }
            String[] octets = last.split("\\.");
            groups[count - 1] = Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]);
            groups[count] = Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]);
        }
        return groups;
    }

    /** {@code local@domain}: the local part as written (no spaces), the domain a domain name, lower-cased. */
    static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at < 1) {
            return null;
        }
        for (int i = 0; i < at; i++) {
            if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
                return null;
            }
        }
        String domain = domain(value.substring(at + 1));
        return domain == null ? null : value.substring(0, at + 1) + domain;
    }

    /** A file or process name: any text without line breaks or other control characters, as written. */
    static String name(String value) {
        return hasControl(value) ? null : value;
    }

    /** As written, or lower-cased for a Windows path ({@code C:\...}, {@code \\server\...}), which ignores case. */
    static String path(String value) {
        if (hasControl(value)) {
            return null;
        }
        return isWindowsPath(value) ? value.toLowerCase(Locale.ROOT) : value;
    }

    static boolean isWindowsPath(String value) {
        return value.startsWith("\\\\") || value.length() >= 3 && isAsciiLetter(value.charAt(0))
                && value.charAt(1) == ':' && (value.charAt(2) == '\\' || value.charAt(2) == '/');
    }

    /** Exactly {@code digits} hexadecimal digits, lower-cased. */
    static String hex(String value, int digits) {
        if (value.length() != digits) {
            return null;
        }
        for (int i = 0; i < digits; i++) {
            if (Character.digit(value.charAt(i), 16) < 0 || value.charAt(i) > 'f') {
                return null;
            }
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean isOctet(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 3 || length > 1 && s.charAt(from) == '0') {
            return false;
        }
        return Integer.parseInt(s, from, to, 10) <= 255;
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return value.isBlank();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }
}
