package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;

class TextsTest {

    @Test
    void aTextMissingALanguageFailsGenerationNamingTheTextAndTheLanguage() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Texts.LANGUAGES.forEach(code -> byLanguage.put(code, "Find the coordinated accounts (" + code + ")"));
        String missing = Texts.LANGUAGES.getLast();
        byLanguage.remove(missing);
        LocalizedText text = new LocalizedText(byLanguage);

        assertThatThrownBy(() -> YamlText.localized(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Find the coordinated accounts (en)").hasMessageContaining(missing);
    }

    @Test
    void aBlankVersionCountsAsMissing() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Texts.LANGUAGES.forEach(code -> byLanguage.put(code, code.equals("fr") ? " " : "Hint"));

        assertThatThrownBy(() -> Texts.complete(new LocalizedText(byLanguage)))
                .hasMessageContaining("\"Hint\"").hasMessageContaining("fr");
    }

    @Test
    void everyLanguageIsWrittenInTheListedOrder() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Texts.LANGUAGES.reversed().forEach(code -> byLanguage.put(code, code.toUpperCase()));

        String yaml = YamlText.localized(new LocalizedText(byLanguage));

        assertThat(yaml).startsWith("{en: \"EN\", fr: \"FR\"");
        assertThat(yaml.split(": ")).hasSize(Texts.LANGUAGES.size() + 1);
    }

    @Test
    void formatFillsEachLanguagesWholeSentence() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Texts.LANGUAGES.forEach(code -> byLanguage.put(code, code + ": %s at %.1f km"));

        LocalizedText filled = Texts.format(new LocalizedText(byLanguage), "Cape Lorn", 2.25);

        Texts.LANGUAGES.forEach(code -> assertThat(Texts.in(filled, code)).isEqualTo(code + ": Cape Lorn at 2.3 km"));
    }
}
