package org.tnracademy.exercises;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text written in several languages (language tag -> text), such as a title or an explanation.
 * English is the fallback when a language is missing.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String FALLBACK = "en";

    /** Keeps the given order; a language whose text is null has no translation, so it is left out. */
    public LocalizedText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        Map<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> {
            if (language != null && text != null) {
                copy.put(language, text);
            }
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    /** English text with an optional French translation (null: none). */
    public static LocalizedText of(String en, String fr) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(FALLBACK, Objects.requireNonNull(en, "en"));
        if (fr != null) {
            texts.put("fr", fr);
        }
        return new LocalizedText(texts);
    }

    /** The text in the locale's language, else English, else the first language given, else "". */
    public String in(Locale locale) {
        String text = locale == null ? null : byLanguage.get(locale.getLanguage());
        if (text == null) {
            text = byLanguage.get(FALLBACK);
        }
        if (text == null) {
            text = byLanguage.isEmpty() ? "" : byLanguage.values().iterator().next();
        }
        return text;
    }
}
