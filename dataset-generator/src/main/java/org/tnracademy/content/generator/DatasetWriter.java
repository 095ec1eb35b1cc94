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
            out.append(jsonLine(new DatasetPost(p.id(), p.platform(), p.author(), p.lang(), p.postedAt(), p.text())));
        }
        return out.toString();
    }

    /** One post as one line, '\n' included: what streaming writers append. */
    public static String jsonLine(DatasetPost p) {
        return "{\"id\":" + quote(p.id())
                + ",\"platform\":" + quote(p.platform())
                + ",\"author\":" + quote(p.author())
                + ",\"lang\":" + quote(p.lang().code())
                + ",\"postedAt\":" + quote(p.postedAt())
                + ",\"text\":" + quote(p.text())
                + ",\"synthetic\":true}\n";
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
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
