package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * One word for one thing in each language: no bundle uses a word the glossary (docs/glossary.md)
 * tells translators to avoid, such as "cohorte" where the French texts say "promotion".
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("../docs/glossary.md");

    @Test
    void noBundleUsesAWordTheGlossarySaysToAvoid() throws IOException {
        Map<String, List<String>> avoided = avoidedWords(Files.readString(GLOSSARY));
        assertThat(avoided.get("fr")).as("the glossary lists words to avoid").contains("cohorte", "clé");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> language : avoided.entrySet()) {
            Properties bundle = load(TranslationsTest.bundle(Locale.of(language.getKey())));
            List<String> terms = terms(Files.readString(GLOSSARY), language.getKey());
            for (String word : language.getValue()) {
                Pattern whole = language.getKey().equals("ja") ? anywhere(word) : wholeWord(word);
                bundle.forEach((key, text) -> {
                    if (whole.matcher(withoutTerms((String) text, terms)).find()) {
                        found.add(language.getKey() + ": " + key + " uses “" + word + "”");
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsAnAvoidedWordWholeAndInAnyCase() {
        assertThat(wholeWord("cohorte").matcher("Responsable de Cohorte").find()).isTrue();
        assertThat(wholeWord("cohorte").matcher("les cohortes").find()).isFalse();
        assertThat(avoidedWords("| cohort | promotion | fr: cohorte, classe; en: class | |\n"))
                .containsEntry("fr", List.of("cohorte", "classe")).containsEntry("en", List.of("class"));
    }

    @Test
    void anAvoidedWordIsAllowedInsideATermOfTheGlossaryOnly() {
        List<String> terms = terms("| signing key | clé de signature | | |\n", "fr");
        assertThat(terms).containsExactly("clé de signature");
        assertThat(wholeWord("clé").matcher(withoutTerms("la clé de signature publiée", terms)).find()).isFalse();
        assertThat(wholeWord("clé").matcher(withoutTerms("la clé publiée", terms)).find()).isTrue();
    }

    /** The terms of a language's column (English first, French second), where an avoided word may stand. */
    static List<String> terms(String markdown, String language) {
        int column = language.equals("en") ? 1 : 2;
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 5 || line.startsWith("| ---")) {
                continue;
            }
            for (String term : cells[column].split("[,/]")) {
                if (term.strip().contains(" ")) {
                    out.add(term.strip());
                }
            }
        }
        return out;
    }

    /** The text with the glossary's multi-word terms taken out, so that only loose uses of a word remain. */
    static String withoutTerms(String text, List<String> terms) {
        String rest = text;
        for (String term : terms) {
            rest = rest.replaceAll("(?iu)" + Pattern.quote(term), " ");
        }
        return rest;
    }

    /** The avoid column of the terms table: "fr: cohorte, classe; en: class". */
    static Map<String, List<String>> avoidedWords(String markdown) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 5 || line.startsWith("| ---") || cells[3].isBlank()) {
                continue;
            }
            for (String part : cells[3].split(";")) {
                String[] languageAndWords = part.split(":", 2);
                if (languageAndWords.length == 2) {
                    String language = languageAndWords[0].strip();
                    for (String word : languageAndWords[1].split(",")) {
                        out.computeIfAbsent(language, l -> new ArrayList<>()).add(word.strip());
                    }
                }
            }
        }
        return out;
    }

    /** Japanese puts no spaces between words: a word to avoid is found anywhere in the text. */
    private static Pattern anywhere(String word) {
        return Pattern.compile(Pattern.quote(word));
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
