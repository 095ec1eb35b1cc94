package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoTest {

    private static final double R = Geo.EARTH_RADIUS_KM;

    @Test
    void oneDegreeAlongTheEquatorIsOneHundredAndElevenKilometres() {
        // R * pi / 180 = 6371.0088 * 0.0174533 = 111.195 km
        assertThat(Geo.haversineKm(0, 0, 0, 1)).isCloseTo(R * Math.PI / 180, within(1e-9))
                .isCloseTo(111.195, within(0.001));
    }

    @Test
    void aQuarterMeridianAndHalfTheEquatorAreQuarterAndHalfOfAGreatCircle() {
        assertThat(Geo.haversineKm(0, 0, 90, 0)).isCloseTo(Math.PI * R / 2, within(1e-6)); // 10,007.6 km
        assertThat(Geo.haversineKm(0, 0, 0, 180)).isCloseTo(Math.PI * R, within(1e-6));   // 20,015.1 km
        assertThat(Geo.haversineKm(-90, 0, 90, 0)).isCloseTo(Math.PI * R, within(1e-6));
    }

    @Test
    void aDegreeOfLongitudeShrinksWithLatitude() {
        // at 60 degrees north: 2R asin(cos 60 * sin 0.5 deg) = 2R asin(0.5 * 0.0087265) = 55.6 km, half the equator's
        double expected = 2 * R * Math.asin(0.5 * Math.sin(Math.toRadians(0.5)));
        assertThat(Geo.haversineKm(60, 0, 60, 1)).isCloseTo(expected, within(1e-9)).isCloseTo(55.597, within(0.001));
    }

    @Test
    void twoInventedPlacesAFewKilometresApart() {
        // "Tarrun harbour" (43.20 N, 5.40 E) to "Saltmarrow light" (43.25 N, 5.40 E): 0.05 degrees of latitude
        // = 6371.0088 * 0.05 * pi / 180 = 5.5598 km
        assertThat(Geo.haversineKm(43.20, 5.40, 43.25, 5.40)).isCloseTo(5.5598, within(0.0001));
        assertThat(Geo.haversineKm(43.25, 5.40, 43.20, 5.40)).isEqualTo(Geo.haversineKm(43.20, 5.40, 43.25, 5.40));
        assertThat(Geo.haversineKm(43.20, 5.40, 43.20, 5.40)).isZero();
    }

    @Test
    void crossingTheDateLineTakesTheShortWay() {
        // 179.5 E to 179.5 W: one degree apart, not 359
        assertThat(Geo.haversineKm(0, 179.5, 0, -179.5)).isCloseTo(R * Math.PI / 180, within(1e-6));
    }
}
