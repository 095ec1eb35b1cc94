package org.tnracademy.ui.exercise.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tnracademy.ui.exercise.estimate.CoordinateText.Axis;

/** Coordinates as analysts type or paste them, and the mistakes named rather than guessed at. */
class CoordinateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "43.25|LATITUDE|43.25", "-5.4|LONGITUDE|-5.4", "43,25|LATITUDE|43.25", "43.25 N|LATITUDE|43.25",
            "43.25 S|LATITUDE|-43.25", "W 5.4|LONGITUDE|-5.4", "43.25°|LATITUDE|43.25", "−12.5|LATITUDE|-12.5",
            "90|LATITUDE|90", "-180|LONGITUDE|-180", "  7 |LONGITUDE|7"})
    void readsOneCoordinate(String text, Axis axis, double expected) {
        assertThat(CoordinateText.one(text, axis).value()).isEqualTo(expected);
        assertThat(CoordinateText.pair(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "90.01|LATITUDE|estimate.error.latitude-range", "-181|LONGITUDE|estimate.error.longitude-range",
            "abc|LATITUDE|estimate.error.not-a-coordinate", "43.2.5|LATITUDE|estimate.error.not-a-coordinate",
            "43.25 E|LATITUDE|estimate.error.latitude-letter", "5 N|LONGITUDE|estimate.error.longitude-letter",
            "-43 S|LATITUDE|estimate.error.sign-and-letter", "43 15|LATITUDE|estimate.error.not-a-coordinate"})
    void namesWhatIsWrongWithOneCoordinate(String text, Axis axis, String problemKey) {
        assertThat(CoordinateText.one(text, axis).problemKey()).isEqualTo(problemKey);
    }

    @Test
    void degreesMinutesAndSecondsAreRefusedWithAHintToConvert() {
        assertThat(CoordinateText.one("43°15'00\"", Axis.LATITUDE).problemKey()).isEqualTo("estimate.error.dms");
        assertThat(CoordinateText.one("43 deg 15' 0.00\" N", Axis.LATITUDE).problemKey())
                .isEqualTo("estimate.error.dms");
        assertThat(CoordinateText.pair("43°15'00\"N 5°24'00\"E")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'43.25, 5.40'|43.25|5.4", "43.25,5.40|43.25|5.4", "43,25; 5,40|43.25|5.4", "43.25 5.40|43.25|5.4",
            "'43.25 N, 5.40 E'|43.25|5.4", "'5.40 E, 43.25 N'|43.25|5.4", "'-33.9, -70.6'|-33.9|-70.6",
            "'43, 5'|43|5", "33.9 S 70.6 W|-33.9|-70.6"})
    void readsAPastedPair(String text, double latitude, double longitude) {
        InputReading<CoordinateText.Pair> pair = CoordinateText.pair(text);
        assertThat(pair).isNotNull();
        assertThat(pair.value()).isEqualTo(new CoordinateText.Pair(latitude, longitude));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'95, 5'|estimate.error.latitude-range",
            "'43, 190'|estimate.error.longitude-range"})
    void aPairOutOfRangeIsNamed(String text, String problemKey) {
        assertThat(CoordinateText.pair(text).problemKey()).isEqualTo(problemKey);
    }
}
