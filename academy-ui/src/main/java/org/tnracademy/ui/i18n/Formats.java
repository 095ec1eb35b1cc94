package org.tnracademy.ui.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers and dates written the way each language writes them. */
public final class Formats {

    private Formats() {
    }

    // a format is looked up once per locale (the lookup dominates a feedback page's rendering);
    // formats are not thread-safe, so each use works on a copy of the locale's one
    private static final Map<Locale, NumberFormat> PERCENT = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> DECIMAL = new ConcurrentHashMap<>();
    // immutable and thread-safe, built once (a draft saved shows its time: each save parsed "zzz"
    // and built two formatters); each use gives the locale and zone
    private static final DateTimeFormatter DATE_TIME_IN_ZONE = new DateTimeFormatterBuilder()
            .appendLocalized(FormatStyle.MEDIUM, FormatStyle.MEDIUM).appendLiteral(' ').appendPattern("zzz").toFormatter();
    private static final DateTimeFormatter TIME_IN_ZONE = new DateTimeFormatterBuilder()
            .appendLocalized(null, FormatStyle.SHORT).appendLiteral(' ').appendPattern("zzz").toFormatter();

    public static String percent(double share, Locale locale) {
        return copy(PERCENT.computeIfAbsent(locale, l -> {
            NumberFormat f = NumberFormat.getPercentInstance(l);
            f.setMaximumFractionDigits(0);
            return f;
        })).format(share);
    }

    public static String decimal(double value, Locale locale) {
        return copy(DECIMAL.computeIfAbsent(locale, l -> {
            NumberFormat f = NumberFormat.getNumberInstance(l);
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
            return f;
        })).format(value);
    }

    private static NumberFormat copy(NumberFormat prototype) {
        return (NumberFormat) prototype.clone();
    }

    /** Timestamps are shown in UTC: datasets mix time zones and analysts compare across them. */
    public static String utc(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    /** The compact form for grid cells. */
    public static String utcShort(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    /** A day as people write it in the locale (long form), in UTC like every time the academy shows. */
    public static String date(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(at.atOffset(ZoneOffset.UTC));
    }

    /** A calendar day (a due date) as people write it in the locale (long form). */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /**
     * A moment of the reader's own doings (a save, a notification, a submission) in their time
     * zone, written the locale's way with the zone's short name: "Dec 5, 2026, 1:03:00 PM CET".
     */
    public static String inZone(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DATE_TIME_IN_ZONE.withLocale(locale).withZone(zone).format(at);
    }

    /** As {@link #inZone}, the time of day only: "1:03 PM CET". */
    public static String timeInZone(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return TIME_IN_ZONE.withLocale(locale).withZone(zone).format(at);
    }

    /** A count or measure with the locale's grouping and decimal signs, at most this many decimals: "1 234,5". */
    public static String number(double value, Locale locale, int maxFractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxFractionDigits);
        return f.format(value);
    }
}
