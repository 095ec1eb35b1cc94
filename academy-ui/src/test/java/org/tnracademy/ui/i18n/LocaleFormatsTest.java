package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers, dates and times written each language's way, and times in the reader's own zone. */
class LocaleFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    /** 12:03 UTC: 13:03 in Paris and Berlin in winter, 21:03 in Tokyo. */
    private static final Instant NOON = Instant.parse("2026-12-05T12:03:00Z");

    @Test
    void numbersUseEachLanguagesGroupingAndDecimalSigns() {
        assertThat(Formats.number(1234.5, Locale.ENGLISH, 1)).isEqualTo("1,234.5");
        assertThat(Formats.number(1234.5, Locale.FRENCH, 1)).isEqualTo("1\u202f234,5");
        assertThat(Formats.number(1234.5, Locale.GERMAN, 1)).isEqualTo("1.234,5");
        assertThat(Formats.number(1234.5, Locale.JAPANESE, 1)).isEqualTo("1,234.5");
    }

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(Formats.percent(0.85, Locale.ENGLISH)).isEqualTo("85%");
        assertThat(Formats.percent(0.85, Locale.FRENCH)).isEqualTo("85\u00a0%");
        assertThat(Formats.percent(0.85, Locale.GERMAN)).isEqualTo("85\u00a0%");
        assertThat(Formats.percent(0.85, Locale.JAPANESE)).isEqualTo("85%");
    }

    @Test
    void datesAreWrittenInFullEachLanguagesWay() {
        assertThat(Formats.day(DAY, Locale.UK)).isEqualTo("5 December 2026");
        assertThat(Formats.day(DAY, Locale.ENGLISH)).isEqualTo("December 5, 2026");
        assertThat(Formats.day(DAY, Locale.FRENCH)).isEqualTo("5 décembre 2026");
        assertThat(Formats.day(DAY, Locale.GERMAN)).isEqualTo("5. Dezember 2026");
        assertThat(Formats.day(DAY, Locale.JAPANESE)).isEqualTo("2026年12月5日");
    }

    @Test
    void timesOfTheReadersOwnDoingsAreInTheirZoneWithItsName() {
        assertThat(Formats.timeInZone(NOON, Locale.FRENCH, ZoneId.of("Europe/Paris"))).isEqualTo("13:03 CET");
        assertThat(Formats.timeInZone(NOON, Locale.GERMAN, ZoneId.of("Europe/Berlin"))).isEqualTo("13:03 MEZ");
        assertThat(Formats.timeInZone(NOON, Locale.JAPANESE, ZoneId.of("Asia/Tokyo"))).isEqualTo("21:03 JST");
        assertThat(Formats.timeInZone(NOON, Locale.ENGLISH, ZoneId.of("America/New_York")))
                .isEqualTo("7:03\u202fAM EST");
        assertThat(Formats.inZone(NOON, Locale.GERMAN, ZoneId.of("Europe/Berlin"))).isEqualTo("05.12.2026, 13:03:00 MEZ");
        assertThat(Formats.inZone(NOON, Locale.JAPANESE, ZoneId.of("Asia/Tokyo"))).isEqualTo("2026/12/05 21:03:00 JST");
    }

    @Test
    void aBrowserZoneJavaDoesNotKnowFallsBackToTheServersZone() {
        assertThat(UserTimeZone.of("Europe/Paris")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(UserTimeZone.of("Mars/Olympus_Mons")).isEqualTo(ZoneId.systemDefault());
        assertThat(UserTimeZone.of(null)).isEqualTo(ZoneId.systemDefault());
    }
}
