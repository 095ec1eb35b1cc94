package org.tnracademy.content.generator.multilingual;

import static org.tnracademy.content.generator.YamlText.q;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.YamlText;
import org.tnracademy.exercises.LocalizedText;

/** Learner-facing texts in the academy's five interface languages, and how they are written as YAML. */
public final class FiveLanguages {

    /** In the order files list them. */
    public static final List<String> CODES = List.of("en", "fr", "de", "it", "ja");

    private FiveLanguages() {
    }

    /** All five are required: a missing translation fails here, not in front of a learner. */
    public static LocalizedText of(String en, String fr, String de, String it, String ja) {
        List<String> texts = List.of(en, fr, de, it, ja);
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < CODES.size(); i++) {
            if (texts.get(i).isBlank()) {
                throw new IllegalArgumentException("a text in " + CODES.get(i) + " is required: " + en);
            }
            byLanguage.put(CODES.get(i), texts.get(i));
        }
        return new LocalizedText(byLanguage);
    }

    /** A flow map: {@code {en: "...", fr: "...", de: "...", it: "...", ja: "..."}}. */
    public static String flow(LocalizedText text) {
        StringBuilder out = new StringBuilder("{");
        for (String code : CODES) {
            out.append(out.length() > 1 ? ", " : "").append(code).append(": ").append(q(text.byLanguage().get(code)));
        }
        return out.append('}').toString();
    }

    /** One literal block per language at {@code indent}, for Markdown. */
    public static void blocks(StringBuilder out, String indent, LocalizedText text) {
        CODES.forEach(code -> YamlText.block(out, indent, code, text.byLanguage().get(code)));
    }

    /** One quoted line per language at {@code indent}. */
    public static void lines(StringBuilder out, String indent, LocalizedText text) {
        CODES.forEach(code -> out.append(indent).append(code).append(": ").append(q(text.byLanguage().get(code)))
                .append('\n'));
    }
}
