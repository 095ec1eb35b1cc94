package org.tnracademy.content.generator;

/**
 * The sun's declination, equation of time, elevation and azimuth (NOAA's general solar position
 * formulas, accurate to a fraction of a degree: enough for shadow reasoning).
 */
final class SolarPosition {

    private SolarPosition() {
    }

    /** Fractional year in radians for a UTC instant. */
    private static double gamma(long epochSecond) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.UTC);
        double hours = t.getHour() + t.getMinute() / 60.0;
        return 2 * Math.PI / 365 * (t.getDayOfYear() - 1 + (hours - 12) / 24);
    }

    static double declinationDegrees(long epochSecond) {
        double g = gamma(epochSecond);
        double d = 0.006918 - 0.399912 * StrictMath.cos(g) + 0.070257 * StrictMath.sin(g) - 0.006758 * StrictMath.cos(2 * g)
                + 0.000907 * StrictMath.sin(2 * g) - 0.002697 * StrictMath.cos(3 * g) + 0.00148 * StrictMath.sin(3 * g);
        return StrictMath.toDegrees(d);
    }

    static double equationOfTimeMinutes(long epochSecond) {
        double g = gamma(epochSecond);
        return 229.18 * (0.000075 + 0.001868 * StrictMath.cos(g) - 0.032077 * StrictMath.sin(g) - 0.014615 * StrictMath.cos(2 * g)
                - 0.040849 * StrictMath.sin(2 * g));
    }

    /** UTC epoch second of solar noon on the UTC day of {@code dayEpochSecond}, at that longitude. */
    static long solarNoon(long dayEpochSecond, double longitude) {
        long midnight = Math.floorDiv(dayEpochSecond, 86_400L) * 86_400L;
        double minutes = 720 - 4 * longitude - equationOfTimeMinutes(midnight + 43_200L);
        return midnight + Math.round(minutes * 60);
    }

    /** {elevation, azimuth from north clockwise}, in degrees. */
    static double[] elevationAzimuth(long epochSecond, double latitude, double longitude) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.UTC);
        double minutes = t.getHour() * 60 + t.getMinute() + t.getSecond() / 60.0;
        double trueSolarTime = minutes + equationOfTimeMinutes(epochSecond) + 4 * longitude;
        double hourAngle = StrictMath.toRadians(trueSolarTime / 4 - 180);
        double lat = StrictMath.toRadians(latitude);
        double dec = StrictMath.toRadians(declinationDegrees(epochSecond));
        double cosZenith = StrictMath.sin(lat) * StrictMath.sin(dec) + StrictMath.cos(lat) * StrictMath.cos(dec) * StrictMath.cos(hourAngle);
        double zenith = StrictMath.acos(Math.max(-1, Math.min(1, cosZenith)));
        double azimuth = StrictMath.toDegrees(Math.atan2(StrictMath.sin(hourAngle),
                StrictMath.cos(hourAngle) * StrictMath.sin(lat) - StrictMath.tan(dec) * StrictMath.cos(lat))) + 180;
        return new double[] {90 - StrictMath.toDegrees(zenith), (azimuth + 360) % 360};
    }
}
