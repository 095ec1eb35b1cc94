package org.tnracademy.content.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;

/**
 * The texts the generator writes for learners (titles, instructions, hints, explanations) as
 * {@link LocalizedText}s that hold every language the course teaches in. Evidence (posts, messages,
 * log lines) is not translated and never goes through here.
 */
public final class Texts {

    /** The languages every generated text must have, in the order the files list them: the course's content languages. */
    public static final List<String> LANGUAGES = ContentLanguage.codes();

    private Texts() {
    }

    /** A text in English, French, German, Italian and Japanese. */
    public static LocalizedText of(String en, String fr, String de, String it, String ja) {
        return of(new String[] {en, fr, de, it, ja});
    }

    private static LocalizedText of(String... texts) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            byLanguage.put(LANGUAGES.get(i), texts[i]);
        }
        return complete(new LocalizedText(byLanguage));
    }

    /** The text itself, or a failure naming it (by its English) and the language it lacks. */
    public static LocalizedText complete(LocalizedText text) {
        for (String code : LANGUAGES) {
            in(text, code);
        }
        return text;
    }

    /** The text in one language; a text without it fails generation, naming the text. */
    public static String in(LocalizedText text, String code) {
        String s = text.byLanguage().get(code);
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("the generated text \"" + name(text) + "\" has no " + code
                    + " version: every text needs " + String.join(", ", LANGUAGES));
        }
        return s;
    }

    public static String en(LocalizedText text) {
        return in(text, "en");
    }

    /** The same text with every language's version passed through {@code change} (filling placeholders). */
    public static LocalizedText map(LocalizedText text, UnaryOperator<String> change) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String code : LANGUAGES) {
            byLanguage.put(code, change.apply(in(text, code)));
        }
        return new LocalizedText(byLanguage);
    }

    /** Each language's whole-sentence template filled with the same arguments, locale-independent. */
    public static LocalizedText format(LocalizedText template, Object... args) {
        return map(template, t -> String.format(Locale.ROOT, t, args));
    }

    /**
     * Each language's whole-sentence template filled with arguments of its own language (a clause
     * in that language, say): {@code args} gives the arguments for a language code.
     */
    public static LocalizedText formatEach(LocalizedText template, Function<String, Object[]> args) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String code : LANGUAGES) {
            byLanguage.put(code, String.format(Locale.ROOT, in(template, code), args.apply(code)));
        }
        return new LocalizedText(byLanguage);
    }

    /**
     * Whole sentences one after the other, per language: a space between them, none in Japanese
     * (its full stop 。 needs none).
     */
    public static LocalizedText then(LocalizedText first, LocalizedText next) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String code : LANGUAGES) {
            byLanguage.put(code, in(first, code) + (code.equals("ja") ? "" : " ") + in(next, code));
        }
        return new LocalizedText(byLanguage);
    }

    private static String name(LocalizedText text) {
        String any = text.byLanguage().getOrDefault("en", text.byLanguage().values().stream()
                .filter(s -> s != null).findFirst().orElse("(empty)"));
        String s = any == null ? "(empty)" : any;
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
