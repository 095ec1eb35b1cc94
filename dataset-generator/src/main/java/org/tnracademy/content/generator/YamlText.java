package org.tnracademy.content.generator;

import java.util.Locale;

/** Small pieces of hand-written YAML shared by the generated exercise and key files. */
public final class YamlText {

    private YamlText() {
    }

    /** A double-quoted scalar that reads back as exactly {@code s}. */
    public static String q(String s) {
        return AnswerKeyWriter.quote(s);
    }

    /** A flow map of both languages: {@code {en: "...", fr: "..."}}. */
    public static String localized(Bilingual text) {
        return "{en: " + q(text.en()) + ", fr: " + q(text.fr()) + "}";
    }

    /** A number as YAML reads it back, never in exponent form and never locale-dependent. */
    public static String number(double value) {
        String s = String.format(Locale.ROOT, "%.6f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "") : s;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The header every generated file starts with, one comment line per line of text. */
    public static String header(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        return out.toString();
    }

    /**
     * A literal block ({@code key: |}) at {@code indent}: for Markdown instructions, which read
     * best as they will be shown. Lines keep their text; blank lines stay blank.
     */
    public static void block(StringBuilder out, String indent, String key, String markdown) {
        out.append(indent).append(key).append(": |\n");
        markdown.strip().lines().forEach(line -> {
            if (line.isBlank()) {
                out.append('\n');
            } else {
                out.append(indent).append("  ").append(line.stripTrailing()).append('\n');
            }
        });
    }
}
