package org.tnracademy.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a user reads, from {@code vaadin-i18n/translations*.properties}. English is the base
 * bundle; the languages offered are listed here so Vaadin matches the browser's language against
 * them (English first) instead of guessing from file names. Texts are ICU message formats: a count
 * goes through {@code {0, plural, one {# lesson} other {# lessons}}}, whose categories follow each
 * language's rules (French {@code one} covers 0 and 1), which the JDK's own MessageFormat cannot do.
 */
@Component
public class AcademyI18NProvider implements I18NProvider {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN,
            Locale.JAPANESE);
    /** The offered codes are two letters; anything much longer is not a code of theirs. */
    private static final int MAX_CODE = 8;
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(AcademyI18NProvider.class);
    // never fall back to the JVM's default locale: English is the base bundle
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Map<Pattern, ParsedFormats> PARSED = new ConcurrentHashMap<>();
    /**
     * Each offered language's locale and bundle, found once: a page asks for dozens of texts, and
     * each {@code ResourceBundle.getBundle} call builds and hashes a cache key of its own.
     */
    private static final Map<String, Language> OFFERED = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(Locale::getLanguage, Language::of));

    private record Language(Locale locale, ResourceBundle bundle) {

        static Language of(Locale locale) {
            return new Language(locale, ResourceBundle.getBundle(BUNDLE, locale,
                    AcademyI18NProvider.class.getClassLoader(), NO_FALLBACK));
        }
    }

    private record Pattern(Locale language, String text) {
    }

    /**
     * The interface's own locale for a language code, if the interface offers it; a code longer
     * than any offered one is not looked at.
     */
    public static Optional<Locale> offered(String code) {
        if (code == null || code.length() > MAX_CODE) {
            return Optional.empty();
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String code = locale == null ? Locale.ENGLISH.getLanguage() : locale.getLanguage();
        try {
            Language language = language(code);
            String text = language.bundle().getString(key);
            if (params.length == 0) {
                return text;
            }
            // a pattern is parsed once per language, and again only for a use while others format it
            return PARSED.computeIfAbsent(new Pattern(language.locale(), text),
                    p -> ParsedFormats.of(p.language(), p.text())).format(params);
        } catch (MissingResourceException e) {
            log.warn("No translation for '{}' in {}", key, code);
            return "!" + key;
        }
    }

    /** An offered language as found once; any other looked up each time (its English texts), never kept. */
    private static Language language(String code) {
        Language offered = OFFERED.get(code);
        return offered != null ? offered : Language.of(Locale.of(code));
    }
}
