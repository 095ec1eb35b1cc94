package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerNormalizationTest {

    @Test
    void trimsCaseFoldsAndCollapsesInnerWhiteSpace() {
        assertThat(AnswerNormalization.normalize("  @Nadia_K \t SYN\n")).isEqualTo("@nadia_k syn");
    }

    @Test
    void compatibilityFormsBecomePlainOnes() {
        // full-width letters and digits, a non-breaking space, the 'ﬁ' ligature
        assertThat(AnswerNormalization.normalize("ＮＡＤＩＡ\u00A0２０２４ ﬁle")).isEqualTo("nadia 2024 file");
    }

    @Test
    void caseFoldingMakesSharpSAndDoubleSMeet() {
        assertThat(AnswerNormalization.normalize("Straße")).isEqualTo(AnswerNormalization.normalize("STRASSE"));
    }

    @Test
    void nullAndBlankNormaliseToNothing() {
        assertThat(AnswerNormalization.normalize(null)).isEmpty();
        assertThat(AnswerNormalization.normalize(" \u3000\t")).isEmpty();
    }

    @Test
    void lengthCountsCodePoints() {
        assertThat(AnswerNormalization.length("a😀")).isEqualTo(2);
    }
}
