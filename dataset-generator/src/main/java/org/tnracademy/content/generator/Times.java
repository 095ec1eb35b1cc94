package org.tnracademy.content.generator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants written the same way on every machine: fixed pattern, root locale, explicit offsets. */
public final class Times {

    public static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private Times() {
    }

    public static long epoch(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).toEpochSecond(ZoneOffset.UTC);
    }

    public static String isoUtc(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).format(ISO_UTC);
    }

    /** "2025-03-04T21:30:00+01:00": the instant at the given offset, as timeline keys want it. */
    public static String isoAtOffset(long epochSecond, ZoneOffset offset) {
        return Instant.ofEpochSecond(epochSecond).atOffset(offset)
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT));
    }

    public static String hhmmUtc(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
    }
}
