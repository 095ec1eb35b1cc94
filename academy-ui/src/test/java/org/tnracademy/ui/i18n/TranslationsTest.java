package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;

/**
 * Every text of the interface exists in every language offered, with the same arguments as the
 * English text, and every key the code asks for exists.
 */
class TranslationsTest {

    // whole keys only: keys built from a prefix and a value are checked by the views' tests
    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([A-Za-z0-9.\\-]*[A-Za-z0-9])\"");

    @Test
    void everyLanguageHasTheSameKeysAsEnglish() throws IOException {
        Set<String> english = load("translations").stringPropertyNames();
        for (Locale language : AcademyI18NProvider.LANGUAGES) {
            assertThat(load(bundle(language)).stringPropertyNames()).as("keys of %s", bundle(language))
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void everyTranslationTakesTheSameArgumentsAsEnglishAndParses() throws IOException {
        Properties english = load("translations");
        List<String> differing = new ArrayList<>();
        for (Locale language : AcademyI18NProvider.LANGUAGES) {
            Properties translated = load(bundle(language));
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text == null) {
                    continue; // reported by the test of keys
                }
                Set<Integer> found;
                try {
                    new MessageFormat(text, language);
                    found = arguments(text);
                } catch (IllegalArgumentException unparsable) {
                    differing.add(language + " " + key + ": does not parse: " + unparsable.getMessage());
                    continue;
                }
                Set<Integer> expected = arguments(english.getProperty(key));
                if (!found.equals(expected)) {
                    differing.add(language + " " + key + ": arguments " + found + ", English " + expected);
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void theArgumentCheckSeesEveryArgumentWhereverItStands() {
        // which argument a plural hangs on may differ (French agrees "2 sur 5" with the 2): the numbers may not
        assertThat(arguments("{0} of {1, plural, one {# item in {2}} other {# items in {2}}}")).containsExactly(0, 1, 2);
        assertThat(arguments("{1, plural, other {#件}}")).containsExactly(1);
        assertThat(arguments("{0, number} sur {1}")).containsExactly(0, 1);
        assertThat(arguments("l’{0}")).containsExactly(0);
    }

    /** The numbers of the arguments a message shows, wherever they stand (in a plural's branches too). */
    static Set<Integer> arguments(String text) {
        MessagePattern pattern = new MessagePattern(text);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            if (pattern.getPart(i).getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                out.add(pattern.getPart(i).getValue());
            }
        }
        return out;
    }

    static String bundle(Locale language) {
        return language.getLanguage().equals("en") ? "translations" : "translations_" + language.getLanguage();
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
        // a language the academy does not offer gets English, never the server's default language
        assertThat(provider.getTranslation("nav.catalog", Locale.of("es"))).isEqualTo("Courses");
        // each language's bundle is kept apart, asked for in any order
        assertThat(provider.getTranslation("nav.catalog", Locale.FRENCH)).isEqualTo("Cours");
        assertThat(provider.getTranslation("nav.catalog", Locale.ENGLISH)).isEqualTo("Courses");
        assertThat(provider.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
