package org.tnracademy.content.generator;

import java.util.List;
import java.util.Locale;

/**
 * Writes posts as JSON Lines, the learner-visible dataset: one object per line, fields in a fixed
 * order, '\n' line ends, no label and no explanation (those go to the answer key only).
 */
public final class DatasetWriter {

    private DatasetWriter() {
    }

    public static String jsonLines(List<SyntheticPost> posts) {
        StringBuilder out = new StringBuilder(posts.size() * 320);
        for (SyntheticPost p : posts) {
            out.append("{\"id\":").append(quote(p.id()))
                    .append(",\"platform\":").append(quote(p.platform()))
                    .append(",\"author\":").append(quote(p.author()))
                    .append(",\"lang\":").append(quote(p.lang().code()))
                    .append(",\"postedAt\":").append(quote(p.postedAt()))
                    .append(",\"text\":").append(quote(p.text()))
                    .append(",\"synthetic\":true}\n");
        }
        return out.toString();
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but break JavaScript consumers: escape them too
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
