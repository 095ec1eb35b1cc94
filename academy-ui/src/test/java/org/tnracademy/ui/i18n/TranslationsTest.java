package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the interface exists in English and in French, and every key the code asks for exists. */
class TranslationsTest {

    // whole keys only: keys built from a prefix and a value are checked by the views' tests
    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([A-Za-z0-9.\\-]*[A-Za-z0-9])\"");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("translations_fr").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheViewsIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("translations").stringPropertyNames()).containsAll(used);
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() throws IOException {
        Set<String> keys = load("translations").stringPropertyNames();
        for (org.tnracademy.core.account.Role role : org.tnracademy.core.account.Role.values()) {
            assertThat(keys).contains("role." + role.name());
        }
        assertThat(keys).contains("course-level.beginner", "course-level.intermediate", "course-level.advanced",
                "exercise.type.item-labelling", "content-language.en", "content-language.fr");
    }

    @Test
    void pluralsReadNaturally() {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        assertThat(provider.getTranslation("catalog.counts", Locale.ENGLISH, 3, 1)).isEqualTo("3 lessons, 1 exercise");
        assertThat(provider.getTranslation("catalog.counts", Locale.FRENCH, 1, 2)).isEqualTo("1 leçon, 2 exercices");
    }

    @Test
    void theProviderAnswersInTheAskedLanguageWithParameters() {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        assertThat(provider.getTranslation("exercise.attempts", Locale.ENGLISH, 1, 3))
                .isEqualTo("Attempts used: 1 of 3");
        assertThat(provider.getTranslation("exercise.attempts", Locale.CANADA_FRENCH, 1, 3))
                .isEqualTo("Tentatives utilisées : 1 sur 3");
        assertThat(provider.getTranslation("nav.catalog", Locale.GERMAN)).isEqualTo("Courses");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
