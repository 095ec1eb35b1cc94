package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The editor's YAML for spec and key: read as trees, written back, bad text refused with its line. */
class DraftYamlTest {

    private static final String SPEC = """
            labels:
              - id: threat
                title: {en: Threat, fr: Menace}
              - id: other
                title: {en: Other}
            """;

    @Test
    void aTreeWrittenAndReadAgainIsTheSameTree() {
        Map<String, Object> tree = DraftYaml.read(SPEC);
        assertThat(tree.get("labels")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(DraftYaml.read(DraftYaml.write(tree))).isEqualTo(tree);
    }

    @Test
    void anEmptyTextIsAnEmptyTreeAndAnEmptyTreeAnEmptyText() {
        assertThat(DraftYaml.read("  \n")).isEmpty();
        assertThat(DraftYaml.write(Map.of())).isEmpty();
    }

    @Test
    void textThatIsNotYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> DraftYaml.read("labels:\n  - id: a\n    title: [unclosed\n"))
                .isInstanceOfSatisfying(DraftYaml.NotATreeException.class, e -> assertThat(e.line()).isGreaterThan(2));
    }

    @Test
    void aListOrAScalarIsRefusedAsNotAMapping() {
        assertThatThrownBy(() -> DraftYaml.read("- a\n- b\n")).isInstanceOf(DraftYaml.NotATreeException.class)
                .hasMessageContaining("mapping");
        assertThatThrownBy(() -> DraftYaml.read("just words")).isInstanceOf(DraftYaml.NotATreeException.class);
    }

    @Test
    void anchorsAndAliasesAreRefusedAsInPackFiles() {
        assertThatThrownBy(() -> DraftYaml.read("a: &x [1, 2]\nb: *x\n"))
                .isInstanceOfSatisfying(DraftYaml.NotATreeException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("aliases");
                });
    }

    @Test
    void aFieldPathPointsAtItsLineOrItsNearestParent() {
        assertThat(DraftYaml.lineOf(SPEC, "labels[1].id")).isEqualTo(4);
        assertThat(DraftYaml.lineOf(SPEC, "labels[1].title.fr")).as("absent: its parent's line").isEqualTo(5);
        assertThat(DraftYaml.lineOf(SPEC, "nowhere")).isZero();
        assertThat(DraftYaml.lineOf("not: [valid", "not")).isZero();
        assertThat(List.of(DraftYaml.lineOf(SPEC, "labels[0].title.en"))).containsExactly(3);
    }
}
