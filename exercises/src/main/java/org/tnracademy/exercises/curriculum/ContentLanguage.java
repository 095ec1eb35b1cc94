package org.tnracademy.exercises.curriculum;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages course content is written in (lessons, titles, instructions, explanations): the
 * five languages of the G7.
 * English is required and is the fallback; packs name files and texts by the {@link #code()}.
 */
public enum ContentLanguage {
    EN("en"),
    FR("fr"),
    DE("de"),
    IT("it"),
    JA("ja");

    /** The language every text must have, shown when a translation is missing. */
    public static final ContentLanguage REQUIRED = EN;

    private static final List<String> CODES = Arrays.stream(values()).map(ContentLanguage::code).toList();

    private final String code;

    ContentLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code packs and stored texts use. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    /** The key of the language's name in the i18n bundles. */
    public String i18nKey() {
        return i18nKey(code);
    }

    /** The key of the name of the language with this code. */
    public static String i18nKey(String code) {
        return "content-language." + code;
    }

    public static Optional<ContentLanguage> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** Every language's code, the required one first. */
    public static List<String> codes() {
        return CODES;
    }
}
