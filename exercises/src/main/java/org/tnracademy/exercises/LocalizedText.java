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

    public LocalizedText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(String en, String fr) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        if (fr != null) {
            texts.put("fr", fr);
        }
        return new LocalizedText(texts);
    }

    /** The text in the locale's language, else English, else any language, else "". */
    public String in(Locale locale) {
        String lang = locale == null ? FALLBACK : locale.getLanguage();
        String text = byLanguage.get(lang);
        if (text == null) {
            text = byLanguage.get(FALLBACK);
        }
        if (text == null) {
            text = byLanguage.values().stream().findFirst().orElse("");
        }
        return text;
    }
}
