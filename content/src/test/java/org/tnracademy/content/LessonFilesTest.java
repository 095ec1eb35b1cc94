package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Editorial rules for the lessons of the foundations pack, checked without the core loader. */
class LessonFilesTest {

    private static final Path LESSONS = StarterCourse.PACK.resolve("lessons");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) ", Pattern.MULTILINE);
    /** A line that starts a Markdown block of its own (list item, heading, table row, quote). */
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([-*+]\\s|\\d+\\.\\s|#|\\||>)");
    /** The one lesson without distressing material: the course's introduction. */
    private static final Set<String> WITHOUT_CONTENT_NOTE = Set.of("what-is-digital-tnr");
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /** The heading of each language's last section, the further reading. */
    private static final Map<String, String> FURTHER_READING = Map.of("en", "## Further reading",
            "fr", "## Pour aller plus loin", "de", "## Weiterführende Literatur", "it", "## Letture di approfondimento",
            "ja", "## 参考文献");

    static Stream<String> lessons() {
        return StarterCourse.read().ids("lesson").stream();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void lessonExistsInEveryLanguageWithFrontMatterAndFurtherReading(String id) throws IOException {
        for (String lang : ContentLanguage.codes()) {
            String text = read(id, lang);
            JsonNode meta = frontMatter(text);
            assertThat(meta.get("title").isString()).isTrue();
            assertThat(meta.get("minutes").isIntegralNumber()).isTrue();
            String body = body(text);
            assertThat(body).contains(FURTHER_READING.get(lang));
            assertThat(body).as("the page shows the title; the body must not repeat it as a heading")
                    .doesNotContainPattern("(?m)^# ");
            if (!WITHOUT_CONTENT_NOTE.contains(id)) {
                assertThat(meta.get("contentNote")).as("distressing material needs a content note in %s.%s", id, lang)
                        .isNotNull();
                assertThat(meta.get("contentNote").stringValue()).isNotBlank();
            }
            if (lang.equals("en")) {
                assertThat(words(body)).as("English words in %s", id).isBetween(600, 1200);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyTranslationHasTheSameHeadingsStructureAndReadingTimeAsTheEnglish(String id) throws IOException {
        String en = read(id, "en");
        for (String lang : ContentLanguage.codes().subList(1, ContentLanguage.codes().size())) {
            String translated = read(id, lang);
            assertThat(headingLevels(body(translated))).as("heading levels of %s.%s against .en", id, lang)
                    .isEqualTo(headingLevels(body(en)));
            assertThat(frontMatter(translated).get("minutes").asInt()).as("minutes of %s.%s", id, lang)
                    .isEqualTo(frontMatter(en).get("minutes").asInt());
            assertThat(furtherReadingEntries(body(translated))).as("further-reading entries of %s.%s", id, lang)
                    .isEqualTo(furtherReadingEntries(body(en)));
        }
    }

    @Test
    void everyLessonFileOfThePackIsInTheCourse() throws IOException {
        List<String> inCourse = StarterCourse.read().ids("lesson");
        try (Stream<Path> files = Files.list(LESSONS)) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.(" + String.join("|", ContentLanguage.codes()) + ")\\.md$", "")).distinct())
                    .as("lesson files not listed in course.yaml").allMatch(inCourse::contains);
        }
        assertThat(inCourse).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void japaneseTextNeverBreaksALineBetweenTwoJapaneseCharacters(String id) throws IOException {
        // a browser shows a line break inside a paragraph as a space, which Japanese does not put between words
        List<String> breaks = new ArrayList<>();
        String previous = "";
        boolean code = false;
        for (String line : body(read(id, "ja")).split("\n")) {
            if (line.strip().startsWith("```")) {
                code = !code;
            } else if (!code && !previous.isBlank() && !line.isBlank() && !BLOCK_START.matcher(line).find()
                    && !previous.strip().startsWith("|") && japanese(previous.strip().codePointBefore(previous.strip().length()))
                    && japanese(line.strip().codePointAt(0))) {
                breaks.add(previous.strip() + " / " + line.strip());
            }
            previous = code ? "" : line;
        }
        assertThat(breaks).as("lines of %s.ja broken between Japanese characters", id).isEmpty();
    }

    private static boolean japanese(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static String read(String id, String lang) throws IOException {
        String text = Files.readString(LESSONS.resolve(id + "." + lang + ".md"), StandardCharsets.UTF_8);
        assertThat(text).as("%s.%s", id, lang).startsWith("---\n").doesNotContain("\r", "\uFEFF", "http://", "https://");
        return text;
    }

    private JsonNode frontMatter(String text) {
        int end = text.indexOf("\n---\n", 4);
        assertThat(end).isPositive();
        return yaml.readTree(text.substring(4, end + 1));
    }

    private static String body(String text) {
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }

    private static List<Integer> headingLevels(String markdown) {
        return HEADING.matcher(markdown).results().map(r -> r.group(1).length()).toList();
    }

    /** Items of the last section (further reading): one per report, in both languages. */
    private static long furtherReadingEntries(String markdown) {
        String last = markdown.substring(markdown.lastIndexOf("\n## "));
        return last.lines().filter(l -> l.startsWith("- ")).count();
    }

    private static int words(String markdown) {
        List<String> found = new ArrayList<>();
        WORD.matcher(markdown).results().forEach(r -> found.add(r.group()));
        return found.size();
    }
}
