package org.tnracademy.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Each named mapper keeps the settings its callers rely on (alias limits: PackReaderTest, KeyYamlTest). */
class MappersTest {

    @Test
    void boundedYamlRefusesTextsLongerThanItsLimitAndNestingDeeperThanItsDepth() {
        String longText = "a: " + "x".repeat(200) + "\n";
        assertThatThrownBy(() -> Mappers.boundedYaml(0, 100, 0).readTree(longText)).isInstanceOf(JacksonException.class);
        String nested = "a: " + "[".repeat(10) + "]".repeat(10) + "\n";
        assertThatThrownBy(() -> Mappers.boundedYaml(0, 1000, 5).readTree(nested)).isInstanceOf(JacksonException.class);
        assertThat(Mappers.boundedYaml(0, 1000, 64).readTree(nested).has("a")).isTrue();
    }

    @Test
    void writtenYamlHasNoDocumentMarkerAndKeepsLongLinesWhole() {
        Map<String, Object> tree = new LinkedHashMap<>();
        String longLine = "word ".repeat(40).strip();
        tree.put("text", longLine);
        tree.put("body", "first line\nsecond line\n");
        String pack = Mappers.writtenYaml(true).writeValueAsString(tree);
        String draft = Mappers.writtenYaml(false).writeValueAsString(tree);
        assertThat(pack).doesNotStartWith("---").contains(longLine).contains("body: |");
        assertThat(draft).doesNotStartWith("---").contains("text: " + longLine);
    }

    @Test
    void strictJsonRefusesTrailingTextThatValueByValueReadingIgnores() {
        assertThatThrownBy(() -> Mappers.json().readTree("{\"a\": 1} {\"b\": 2}")).isInstanceOf(JacksonException.class);
        assertThat(Mappers.jsonValueByValue().readTree("{\"a\": 1} {\"b\": 2}").get("a").asInt()).isEqualTo(1);
    }

    @Test
    void storedColumnsSkipFieldsTheRecordNoLongerHas() {
        record Stored(int kept) {
        }
        assertThat(Mappers.storedColumns().build().readValue("{\"kept\": 3, \"dropped\": true}", Stored.class).kept())
                .isEqualTo(3);
    }
}
