package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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

    @Test
    void latinRunsOfARightToLeftPostAreIsolatedAndThePartsJoinedAreTheText() {
        String text = "لمن يريد أن يعرف: صاحبة حساب @hala_murf_syn اسمها الحقيقي، ورقم هاتفها +00 555 0134.";
        List<String> parts = PostText.parts(text);
        // plain, left to right, plain, left to right, plain
        assertThat(parts).hasSize(5);
        assertThat(List.of(parts.get(1), parts.get(3))).containsExactly("@hala_murf_syn", "+00 555 0134");
        assertThat(parts.get(4)).isEqualTo(".");
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void aLeftToRightPostIsOnePartWhateverItHolds() {
        String text = "闻溪禾，你弟弟小川还在塔伦上学吧？ +00 555 0169 @xihe_reports_syn";
        assertThat(PostText.parts(text)).containsExactly(text);
        assertThat(PostText.isolatedIfRightToLeft("Quay Lane")).isEqualTo("Quay Lane");
        assertThat(PostText.isolatedIfRightToLeft("خیابان نسترن، پلاک ۲۷")).isEqualTo("\u2068خیابان نسترن، پلاک ۲۷\u2069");
    }
}
