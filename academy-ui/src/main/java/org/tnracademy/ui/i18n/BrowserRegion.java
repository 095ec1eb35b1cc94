package org.tnracademy.ui.i18n;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * The interface language with the reader's own region, when their browser asks for that language
 * with one. Texts are per language, but dates and numbers are written per region: a British or
 * Canadian analyst reads "3/4/25, 8:30 PM" (plain English is American) as the 3rd of April, and
 * timelines are exactly where that matters. With {@code en-GB} they read "03/04/2025, 20:30".
 */
public final class BrowserRegion {

    /** A browser sends a handful of languages; a longer list is not read to its end. */
    static final int MAX_LOOKED_AT = 16;
    /**
     * Regions are ISO 3166 countries only: a header may name any string, and formats are kept per
     * locale, so an unknown one would grow those caches without bound.
     */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private BrowserRegion() {
    }

    /**
     * {@code language} with the country of the first of the browser's preferred locales in that
     * language that names a country; {@code language} itself when none does. Only language and country
     * are kept: a variant or extension in a header changes nothing the academy writes.
     */
    public static Locale of(Locale language, Iterator<Locale> preferred) {
        if (language == null || preferred == null) {
            return language;
        }
        for (int looked = 0; looked < MAX_LOOKED_AT && preferred.hasNext(); looked++) {
            Locale asked = preferred.next();
            if (asked != null && asked.getLanguage().equals(language.getLanguage())
                    && COUNTRIES.contains(asked.getCountry())) {
                return Locale.of(language.getLanguage(), asked.getCountry());
            }
        }
        return Locale.of(language.getLanguage());
    }
}
