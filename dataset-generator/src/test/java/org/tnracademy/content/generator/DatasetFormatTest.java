package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the hand-written JSON and YAML back with real parsers. */
class DatasetFormatTest {

    private static final List<String> FIELDS = List.of("id", "platform", "author", "lang", "postedAt", "text",
            "synthetic");

    private final JsonMapper json = JsonMapper.builder().build();
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final List<SyntheticPost> posts = new PostGenerator().generate(GenerateDatasets.STARTER_SIZE);
    private final String dataset = GenerateDatasets.starterFiles().get(GenerateDatasets.STARTER_DATASET);
    private final String key = GenerateDatasets.starterFiles().get(GenerateDatasets.STARTER_KEY);

    @Test
    void everyDatasetLineIsOneObjectWithExactlyTheAgreedFieldsInOrder() {
        assertThat(dataset).endsWith("}\n").doesNotContain("\r");
        List<String> lines = dataset.lines().toList();
        assertThat(lines).hasSize(posts.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            SyntheticPost p = posts.get(i);
            assertThat(node.isObject()).isTrue();
            assertThat(List.copyOf(node.propertyNames())).containsExactlyElementsOf(FIELDS);
            assertThat(node.get("id").stringValue()).isEqualTo(p.id());
            assertThat(node.get("platform").stringValue()).isEqualTo(p.platform());
            assertThat(node.get("author").stringValue()).isEqualTo(p.author());
            assertThat(node.get("lang").stringValue()).isEqualTo(p.lang().code());
            assertThat(node.get("postedAt").stringValue()).isEqualTo(p.postedAt());
            assertThat(node.get("text").stringValue()).isEqualTo(p.text());
            assertThat(node.get("synthetic").isBoolean()).isTrue();
            assertThat(node.get("synthetic").booleanValue()).isTrue();
        }
    }

    @Test
    void learnersDatasetHoldsNoAnswers() {
        assertThat(dataset).doesNotContain("\"label\"", "explanation");
    }

    @Test
    void answerKeyReadsBackToTheGeneratedLabelsAndExplanations() {
        JsonNode root = yaml.readTree(key);
        assertThat(root.get("exercise").stringValue()).isEqualTo(GenerateDatasets.STARTER_EXERCISE);
        JsonNode items = root.get("items");
        assertThat(items.size()).isEqualTo(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            JsonNode item = items.get(i);
            SyntheticPost p = posts.get(i);
            assertThat(List.copyOf(item.propertyNames())).containsExactly("item", "label", "explanation");
            assertThat(item.get("item").stringValue()).isEqualTo(p.id());
            assertThat(item.get("label").stringValue()).isEqualTo(p.label().id());
            assertThat(List.copyOf(item.get("explanation").propertyNames())).isEqualTo(Texts.LANGUAGES);
            for (String code : Texts.LANGUAGES) {
                assertThat(item.get("explanation").get(code).stringValue()).isEqualTo(Texts.in(p.explanation(), code));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "", "\"quoted\" and back\\slash", "line\nbreak\r\ttab", "\u0001\u001f\u007f\u0085",
            "\u2028\u2029\uFEFF", "accents éàçœ « guillemets »", "emoji \uD83D\uDE00", ": colon - dash # hash 'single'",
            "   leading and trailing   ", "null", "true", "123", "- item", "{not: a map}", "[not, a, list]"})
    void quotingRoundTripsAnyText(String text) {
        assertThat(json.readTree(DatasetWriter.quote(text)).stringValue()).isEqualTo(text);
        assertThat(yaml.readTree("v: " + AnswerKeyWriter.quote(text)).get("v").stringValue()).isEqualTo(text);
    }
}
