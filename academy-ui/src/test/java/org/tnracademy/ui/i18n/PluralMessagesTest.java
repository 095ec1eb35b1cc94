package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;

/**
 * Counts read naturally in both languages: a number that counts something goes through an ICU plural
 * (whose French {@code one} also covers 0), never "problem(s)" or "1 analysts".
 */
class PluralMessagesTest {

    private static final Map<String, Locale> BUNDLES = AcademyI18NProvider.LANGUAGES.stream()
            .collect(java.util.stream.Collectors.toMap(TranslationsTest::bundle, l -> l));

    // a word that may mark a plural by hand: "problem(s)", "élément(s)", "analyste(x)"
    private static final Pattern BRACKETED_PLURAL = Pattern.compile("\\p{L}\\((s|x|es|e|nt)\\)");

    // a plain argument followed by a plural-looking word: "{0} items", "{1,number} éléments"
    private static final Pattern COUNT_BEFORE_NOUN =
            Pattern.compile("\\{\\d+(?:\\s*,\\s*number[^}]*)?}\\s+(\\p{L}+[sx])\\b");

    // words after an argument that end like a plural but count nothing ("{0} is", "{0} dans")
    private static final Set<String> NOT_COUNTED = Set.of("is", "was", "has", "does", "as", "matches", "fits",
            "leaves", "becomes", "vers", "sans", "pris", "mis", "dans", "des", "bis", "aus", "als", "ihres", "seines");

    // whose argument before the plural-looking word is not a count: "takes only {2} files" names a file kind
    private static final Set<String> ARGUMENT_IS_NOT_A_COUNT = Set.of("upload-limits.refused.wrong-type");

    @Test
    void noMessageMarksAPluralInBrackets() throws IOException {
        for (String bundle : BUNDLES.keySet()) {
            load(bundle).forEach((key, text) -> assertThat(BRACKETED_PLURAL.matcher(text).find())
                    .as("%s in %s: %s", key, bundle, text).isFalse());
        }
    }

    @Test
    void everyCountBeforeANounGoesThroughAPlural() throws IOException {
        List<String> plain = new ArrayList<>();
        for (String bundle : BUNDLES.keySet()) {
            load(bundle).forEach((key, text) -> {
                if (ARGUMENT_IS_NOT_A_COUNT.contains(key)) {
                    return;
                }
                Matcher m = COUNT_BEFORE_NOUN.matcher(outsidePluralsAndChoices(text));
                while (m.find()) {
                    if (!NOT_COUNTED.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                        plain.add(bundle + ": " + key + " (" + m.group() + ")");
                    }
                }
            });
        }
        assertThat(plain).as("counts written without a plural").isEmpty();
    }

    @Test
    void theCheckFindsACountWithoutAPlural() {
        assertThat(COUNT_BEFORE_NOUN.matcher(outsidePluralsAndChoices("{0} analysts created.")).find()).isTrue();
        assertThat(COUNT_BEFORE_NOUN.matcher(outsidePluralsAndChoices(
                "{0, plural, one {# analyst} other {# analysts}} created.")).find()).isFalse();
        assertThat(BRACKETED_PLURAL.matcher("3 problem(s)").find()).isTrue();
    }

    @Test
    void everyPluralRendersZeroOneAndTwoInBothLanguages() throws IOException {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        Map<String, String> english = load("translations");
        int plurals = 0;
        for (Map.Entry<String, String> message : english.entrySet()) {
            if (!message.getValue().contains("plural")) {
                continue;
            }
            plurals++;
            String key = message.getKey();
            boolean inflects = false;
            for (Map.Entry<String, Locale> bundle : BUNDLES.entrySet()) {
                String text = load(bundle.getKey()).get(key);
                List<String> shown = new ArrayList<>();
                for (int count = 0; count <= 2; count++) {
                    String rendered = provider.getTranslation(key, bundle.getValue(), arguments(text, count));
                    assertThat(rendered).as("%s in %s with %d", key, bundle.getKey(), count)
                            .doesNotContain("{", "}", "#", "!" + key);
                    shown.add(rendered.replaceAll("\\d", "N"));
                }
                inflects |= !shown.get(1).equals(shown.get(2));
                if (!text.contains("=0") && !text.contains("=1")) {
                    // French counts 0 like 1 ("0 problème"), English like 2 ("0 problems")
                    assertThat(shown.get(0)).as("%s in %s with 0", key, bundle.getKey())
                            .isEqualTo(shown.get(bundle.getValue() == Locale.FRENCH ? 1 : 2));
                }
            }
            assertThat(inflects).as("%s reads alike for one and two in both languages", key).isTrue();
        }
        assertThat(plurals).isGreaterThan(50);
    }

    @Test
    void frenchCountsZeroInTheSingularAndEnglishInThePlural() {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        assertThat(provider.getTranslation("exercise-draft.panel.problems", Locale.FRENCH, 0)).isEqualTo("0 problème");
        assertThat(provider.getTranslation("exercise-draft.panel.problems", Locale.FRENCH, 1)).isEqualTo("1 problème");
        assertThat(provider.getTranslation("exercise-draft.panel.problems", Locale.FRENCH, 2)).isEqualTo("2 problèmes");
        assertThat(provider.getTranslation("exercise-draft.panel.problems", Locale.ENGLISH, 0)).isEqualTo("0 problems");
        assertThat(provider.getTranslation("exercise-draft.panel.problems", Locale.ENGLISH, 1)).isEqualTo("1 problem");
        assertThat(provider.getTranslation("accounts.imported", Locale.ENGLISH, 1)).isEqualTo("1 analyst created.");
        assertThat(provider.getTranslation("accounts.imported", Locale.FRENCH, 1200))
                .isEqualTo("1\u202f200 analystes créés.");
    }

    @Test
    void plainArgumentsStillWorkBesidePlurals() {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        assertThat(provider.getTranslation("instructor.exercise-detail", Locale.ENGLISH, "Quiz", 3, 1, 2))
                .isEqualTo("Quiz, version 3, 1 dataset item, 2 attempts allowed");
        assertThat(provider.getTranslation("written.criterion-points", Locale.FRENCH, "Sources", 1, 4))
                .isEqualTo("Sources : 1 point sur 4");
    }

    @Test
    void theSameMessageFormattedAtOnceOnManyThreadsKeepsEachCallersArguments() throws Exception {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                checks.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int n = thread * 10_000 + i;
                        String expected = "Quiz " + n + ", version 3, 1 dataset item, 2 attempts allowed";
                        if (!provider.getTranslation("instructor.exercise-detail", Locale.ENGLISH, "Quiz " + n, 3, 1, 2)
                                .equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        }
    }

    /** A count for every numeric argument (plural, choice, number), a word for every other one. */
    private static Object[] arguments(String text, int count) {
        MessagePattern pattern = new MessagePattern(text);
        Map<Integer, Object> byIndex = new TreeMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            int index = pattern.getPart(i + 1).getValue();
            MessagePattern.ArgType type = part.getArgType();
            String style = type == MessagePattern.ArgType.SIMPLE ? pattern.getSubstring(pattern.getPart(i + 2)) : "";
            Object value = switch (type) {
                case PLURAL, CHOICE, SELECTORDINAL -> count;
                case SIMPLE -> style.equals("number") ? count : new Date(0);
                default -> "x";
            };
            // a number wins over a word when the same argument is used twice
            byIndex.merge(index, value, (old, now) -> old instanceof Integer ? old : now);
        }
        Object[] out = new Object[byIndex.isEmpty() ? 0 : byIndex.keySet().stream().max(Integer::compare).get() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = byIndex.getOrDefault(i, "x");
        }
        return out;
    }

    /** The message with every plural, choice or select argument taken out, nested ones included. */
    static String outsidePluralsAndChoices(String text) {
        StringBuilder out = new StringBuilder();
        Matcher complex = Pattern.compile("\\{\\s*\\d+\\s*,\\s*(plural|choice|select)").matcher(text);
        int i = 0;
        while (complex.find(i)) {
            out.append(text, i, complex.start());
            int depth = 0;
            int j = complex.start();
            do {
                char c = text.charAt(j++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (depth > 0 && j < text.length());
            i = j;
        }
        return out.append(text.substring(i)).toString();
    }

    private static Map<String, String> load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PluralMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }
}
