package org.tnracademy.ui.exercise.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as people type them in English and in French; separators that make no sense are refused. */
class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|120|120", "en|1.5|1.5", "en|1,200|1200", "en|1,5|1.5", "en|1,200.5|1200.5", "en|1 200|1200",
            "en|-3|-3", "en|+7.25|7.25", "en|1,234,567|1234567", "en|−2|-2",
            "fr|1,5|1.5", "fr|1 200|1200", "fr|1\u202F200,5|1200.5", "fr|1.200,5|1200.5", "fr|1.5|1.5",
            "fr|1,200|1.2"})
    void readsNumbersTheLearnersWay(String language, String text, double expected) {
        assertThat(NumberText.read(text, Locale.of(language)).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|abc", "en|12a", "en|1.2.3", "en|1,2,3", "en|.5", "en|5.", "en|1e5",
            "en|1,20.5", "fr|--3"})
    void refusesWhatIsNotANumber(String language, String text) {
        assertThat(NumberText.read(text, Locale.of(language)).problemKey()).isEqualTo("estimate.error.not-a-number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|''", "en|'   '"})
    void nothingTypedIsBlankNotAProblem(String language, String text) {
        assertThat(NumberText.read(text, Locale.of(language)).isBlank()).isTrue();
    }
}
