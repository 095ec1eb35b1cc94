package org.tnracademy.content.generator;

import java.util.Locale;

import org.tnracademy.exercises.LocalizedText;

/** Small pieces of hand-written YAML shared by the generated exercise and key files. */
public final class YamlText {

    private YamlText() {
    }

    /** A double-quoted scalar that reads back as exactly {@code s}. */
    public static String q(String s) {
        return AnswerKeyWriter.quote(s);
    }

    /** A flow map of every language: {@code {en: "...", fr: "...", ...}}. */
    public static String localized(LocalizedText text) {
        StringBuilder out = new StringBuilder("{");
        for (String code : Texts.LANGUAGES) {
            out.append(out.length() > 1 ? ", " : "").append(code).append(": ").append(q(Texts.in(text, code)));
        }
        return out.append('}').toString();
    }

    /** A block map of every language at {@code indent}, one double-quoted line each. */
    public static void localizedLines(StringBuilder out, String indent, LocalizedText text) {
        for (String code : Texts.LANGUAGES) {
            out.append(indent).append(code).append(": ").append(q(Texts.in(text, code))).append('\n');
        }
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
