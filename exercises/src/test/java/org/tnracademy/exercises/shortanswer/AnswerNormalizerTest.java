package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tnracademy.exercises.shortanswer.AnswerNormalizer.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AnswerNormalizerTest {

    @Test
    void surroundingWhiteSpaceIsRemovedButInnerSpaceKept() {
        assertThat(normalize("  @nadia_k \t\n")).isEqualTo("@nadia_k");
        assertThat(normalize("\u00A0example.org\u2003")).isEqualTo("example.org");
        assertThat(normalize("rue de la paix")).isEqualTo("rue de la paix");
    }

    @Test
    void caseIsFoldedIncludingSharpS() {
        assertThat(normalize("@Nadia_K_Writes")).isEqualTo("@nadia_k_writes");
        assertThat(normalize("STRASSE")).isEqualTo(normalize("Straße")).isEqualTo(normalize("STRAẞE"));
        assertThat(normalize("ΟΔΥΣΣΕΥΣ")).isEqualTo(normalize("οδυσσευς"));
    }

    @Test
    void compatibilityFormsAreFolded() {
        assertThat(normalize("ｅｘａｍｐｌｅ．ｏｒｇ")).isEqualTo("example.org");
        assertThat(normalize("ﬁle")).isEqualTo("file");
        assertThat(normalize("x²")).isEqualTo("x2");
        // a precomposed and a decomposed é are the same letter
        assertThat(normalize("caf\u00E9")).isEqualTo(normalize("cafe\u0301"));
    }

    @Test
    void aTurkishDefaultLocaleDoesNotChangeTheResult() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(normalize("INSTAGRAM")).isEqualTo("instagram");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void normalisingTwiceChangesNothingForAnyCodePoint() {
        List<String> changed = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            String once = normalize(Character.toString(cp));
            if (!normalize(once).equals(once)) {
                changed.add(String.format("U+%04X", cp));
            }
        }
        assertThat(changed).isEmpty();
    }
}
