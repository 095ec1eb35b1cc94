package org.tnracademy.content.generator;

import java.util.List;
import java.util.Locale;

/**
 * Writes the answer key of an item-labelling exercise as YAML, apart from the dataset learners
 * see. Every free text is a double-quoted scalar with escapes, so any text reads back unchanged.
 */
public final class AnswerKeyWriter {

    private AnswerKeyWriter() {
    }

    public static String yaml(String exerciseId, List<SyntheticPost> posts, String header) {
        StringBuilder out = new StringBuilder(posts.size() * 900);
        header.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("exercise: ").append(quote(exerciseId)).append('\n');
        out.append("items:\n");
        for (SyntheticPost p : posts) {
            out.append("  - item: ").append(quote(p.id())).append('\n');
            out.append("    label: ").append(quote(p.label().id())).append('\n');
            out.append("    explanation:\n");
            YamlText.localizedLines(out, "      ", p.explanation());
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar. Escapes backslash, double quote and every character YAML does
     * not allow raw (C0/C1 controls, DEL, line and paragraph separators, BOM); keeps the rest,
     * accented letters included, as UTF-8.
     */
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
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else if (c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
