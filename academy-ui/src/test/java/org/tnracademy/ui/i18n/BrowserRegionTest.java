package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Dates and numbers are written in the reader's region of the interface language, texts stay per language. */
class BrowserRegionTest {

    private static final Instant FOURTH_OF_MARCH = Instant.parse("2025-03-04T20:30:00Z");

    @Test
    void aBritishBrowserReadsEnglishDatesDayFirst() {
        Locale locale = BrowserRegion.of(Locale.ENGLISH, List.of(Locale.UK, Locale.ENGLISH).iterator());

        assertThat(locale).isEqualTo(Locale.UK);
        assertThat(Formats.utcShort(FOURTH_OF_MARCH, locale)).startsWith("04/03/2025");
        assertThat(Formats.utcShort(FOURTH_OF_MARCH, Locale.ENGLISH)).startsWith("3/4/25");
    }

    @Test
    void theRegionComesFromTheFirstPreferenceInTheInterfaceLanguage() {
        List<Locale> preferred = List.of(Locale.GERMANY, Locale.of("fr", "CA"), Locale.FRANCE);

        assertThat(BrowserRegion.of(Locale.FRENCH, preferred.iterator())).isEqualTo(Locale.of("fr", "CA"));
    }

    @Test
    void aLanguageTheBrowserAsksWithoutRegionOrNotAtAllStaysPlain() {
        assertThat(BrowserRegion.of(Locale.ENGLISH, List.of(Locale.ENGLISH, Locale.FRANCE).iterator()))
                .isEqualTo(Locale.ENGLISH);
        assertThat(BrowserRegion.of(Locale.ITALIAN, Collections.emptyIterator())).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void onlyLanguageAndCountryAreKeptFromTheHeader() {
        Locale asked = Locale.forLanguageTag("en-GB-oxendict-u-ca-buddhist");

        assertThat(BrowserRegion.of(Locale.ENGLISH, List.of(asked).iterator())).isEqualTo(Locale.UK);
    }

    @Test
    void aRegionThatIsNoCountryIsIgnored() {
        List<Locale> preferred = List.of(Locale.of("en", "ZZ"), Locale.of("en", "UK-12345"), Locale.of("en", "419"),
                Locale.CANADA);

        assertThat(BrowserRegion.of(Locale.ENGLISH, preferred.iterator())).isEqualTo(Locale.CANADA);
    }

    @Test
    void anEndlessListIsReadOnlyToItsBound() {
        var endless = Stream.generate(() -> Locale.GERMANY).iterator();

        assertThat(BrowserRegion.of(Locale.ENGLISH, endless)).isEqualTo(Locale.ENGLISH);
    }
}
