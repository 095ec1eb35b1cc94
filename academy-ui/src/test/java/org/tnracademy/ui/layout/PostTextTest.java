package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostTextTest {

    @ParameterizedTest
    @CsvSource({"ar, rtl", "fa, rtl", "ar-EG, rtl", "az-Arab, rtl", "he, rtl", "zh, ltr", "zh-Hans, ltr", "ja, ltr",
            "ru, ltr", "tr, ltr", "en, ltr"})
    void aKnownLanguageGivesItsDirection(String lang, String direction) {
        assertThat(PostText.direction(lang)).isEqualTo(direction);
        assertThat(PostText.tag(lang)).isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''", "'\"><img src=x>'", "a", "toolongtag1"}, nullValues = "NULL")
    void anUnknownOrMalformedLanguageIsLeftToTheTextsOwnLetters(String lang) {
        assertThat(PostText.direction(lang)).isEqualTo("auto");
        assertThat(PostText.tag(lang)).isEmpty();
    }
}
