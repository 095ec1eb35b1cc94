package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Editorial rules for the lessons of the foundations pack, checked without the core loader. */
class LessonFilesTest {

    private static final Path LESSONS = Path.of("src/main/resources/packs/tnr-foundations/lessons");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"what-is-digital-tnr", "doxing-and-sexualized-smear", "threats-to-family-and-harassment"})
    void lessonExistsInBothLanguagesWithFrontMatterAndFurtherReading(String id) throws IOException {
        for (String lang : List.of("en", "fr")) {
            String text = Files.readString(LESSONS.resolve(id + "." + lang + ".md"), StandardCharsets.UTF_8);
            assertThat(text).startsWith("---\n").doesNotContain("\r", "\uFEFF", "http://", "https://");
            int end = text.indexOf("\n---\n", 4);
            assertThat(end).isPositive();
            JsonNode meta = yaml.readTree(text.substring(4, end + 1));
            assertThat(meta.get("title").isString()).isTrue();
            assertThat(meta.get("minutes").isIntegralNumber()).isTrue();
            String body = text.substring(end + 5);
            assertThat(body).contains(lang.equals("en") ? "## Further reading" : "## Pour aller plus loin");
            if (!id.equals("what-is-digital-tnr")) {
                assertThat(meta.get("contentNote")).as("distressing material needs a content note").isNotNull();
            }
            if (lang.equals("en")) {
                assertThat(words(body)).as("English words in %s", id).isBetween(600, 1200);
            }
        }
    }

    private static int words(String markdown) {
        List<String> found = new ArrayList<>();
        WORD.matcher(markdown).results().forEach(r -> found.add(r.group()));
        return found.size();
    }
}
