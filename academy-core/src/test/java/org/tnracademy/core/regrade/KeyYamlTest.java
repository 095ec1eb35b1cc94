package org.tnracademy.core.regrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Keys as instructors type them: read with the line of any mistake, written back in a stable form. */
class KeyYamlTest {

    @Test
    void readsAKeyFileAsThePackHasIt() {
        Map<String, Object> key = KeyYaml.parse("""
                exercise: find-the-network
                selected: [acct-02, acct-03]
                explanations:
                  acct-02: {en: "Reposts within seconds."}
                """);
        assertThat(key).containsEntry("selected", List.of("acct-02", "acct-03"));
        assertThat(key.get("explanations")).isEqualTo(Map.of("acct-02", Map.of("en", "Reposts within seconds.")));
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        assertThatThrownBy(() -> KeyYaml.parse("selected:\n  - acct-02\n  bad: [unclosed\n"))
                .isInstanceOfSatisfying(KeyYamlException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.reason()).contains("expected <block end>");
                    assertThat(e.reason()).isNotBlank();
                    assertThat(e.getMessage()).startsWith("line " + e.line());
                });
    }

    @Test
    void emptyKeysListsAndSingleValuesAreNotKeys() {
        assertThatThrownBy(() -> KeyYaml.parse("  \n")).isInstanceOfSatisfying(KeyYamlException.class,
                e -> assertThat(e.reason()).isEqualTo("the key is empty"));
        assertThatThrownBy(() -> KeyYaml.parse("- acct-02\n- acct-03\n")).isInstanceOfSatisfying(
                KeyYamlException.class, e -> assertThat(e.reason()).contains("not a list"));
        assertThatThrownBy(() -> KeyYaml.parse("acct-02\n")).isInstanceOfSatisfying(
                KeyYamlException.class, e -> assertThat(e.reason()).contains("not a single value"));
    }

    @Test
    void anchorsAndAliasesAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> KeyYaml.parse("a: &x [acct-01]\nselected: *x\n"))
                .isInstanceOfSatisfying(KeyYamlException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).contains("anchors and aliases");
                });
    }

    @Test
    void aFormattedKeyReadsBackTheSame() {
        Map<String, Object> key = Map.of("selected", List.of("acct-02"), "explanations",
                Map.of("acct-02", Map.of("en", "It: has a colon")));
        assertThat(KeyYaml.parse(KeyYaml.format(key))).isEqualTo(key);
        assertThat(KeyYaml.canonical(Map.of("b", 1, "a", 2))).isEqualTo(KeyYaml.canonical(Map.of("a", 2, "b", 1)));
    }
}
