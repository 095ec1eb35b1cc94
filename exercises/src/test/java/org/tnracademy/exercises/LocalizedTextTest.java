package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void givesTheLocaleLanguageThenEnglishThenAnyLanguage() {
        LocalizedText t = LocalizedText.of("hello", "bonjour");
        assertThat(t.in(Locale.FRENCH)).isEqualTo("bonjour");
        assertThat(t.in(Locale.CANADA_FRENCH)).isEqualTo("bonjour");
        assertThat(t.in(Locale.GERMAN)).isEqualTo("hello");
        assertThat(t.in(null)).isEqualTo("hello");
        assertThat(new LocalizedText(Map.of("fr", "seul")).in(Locale.ENGLISH)).isEqualTo("seul");
        assertThat(new LocalizedText(Map.of()).in(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void keepsItsOwnCopyAndCannotBeChanged() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", "hello");
        LocalizedText t = new LocalizedText(texts);
        texts.put("en", "changed");
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("hello");
        assertThatThrownBy(() -> t.byLanguage().put("fr", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLanguageWithoutTextIsNoTranslation() {
        Map<String, String> texts = new HashMap<>();
        texts.put("en", "hello");
        texts.put("fr", null);
        assertThat(new LocalizedText(texts).byLanguage()).containsOnlyKeys("en");
        assertThat(LocalizedText.of("hello", null).byLanguage()).containsOnlyKeys("en");
        assertThatThrownBy(() -> LocalizedText.of(null, "bonjour")).isInstanceOf(NullPointerException.class);
    }
}
