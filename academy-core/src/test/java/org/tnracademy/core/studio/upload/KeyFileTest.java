package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackValidationException;

/** Uploaded answer keys checked by their type, against the spec and the dataset, problems by line. */
class KeyFileTest {

    static final Map<String, Object> LABELS = Map.of("labels", List.of(
            Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
            Map.of("id", "benign", "title", Map.of("en", "Benign"))));
    static final List<String> ITEMS = List.of("post-1", "post-2", "post-3");

    static Map<String, Object> read(String type, String file, String text, Map<String, Object> spec,
                                    List<String> items) {
        return KeyFile.read(type, file, text.getBytes(StandardCharsets.UTF_8), spec, items);
    }

    static List<String> problems(String type, String file, String text, Map<String, Object> spec, List<String> items) {
        try {
            read(type, file, text, spec, items);
        } catch (PackValidationException e) {
            return e.problems().stream().map(PackProblem::toString).toList();
        }
        throw new AssertionError("the key was accepted");
    }

    @Test
    void aLabellingKeyInThePackFormatGivesItsTreeWithoutTheExerciseName() {
        Map<String, Object> key = read("item-labelling", "key.yaml", """
                exercise: some-other-id
                items:
                  - {item: post-1, label: doxing, explanation: {en: "Home address.", fr: "Adresse."}}
                  - {item: post-3, label: benign, explanation: {en: "Public line."}}
                  - {item: post-2, label: doxing, explanation: {en: "Workplace."}}
                """, LABELS, ITEMS);
        assertThat(key).containsOnlyKeys("items");
        assertThat((List<?>) key.get("items")).hasSize(3).first()
                .isEqualTo(Map.of("item", "post-1", "label", "doxing",
                        "explanation", Map.of("en", "Home address.", "fr", "Adresse.")));
    }

    @Test
    void aLabellingKeyMustCoverTheDatasetExactlyAndUseTheSpecsLabels() {
        assertThat(problems("item-labelling", "key.yaml", """
                items:
                  - item: post-1
                    label: doxing
                    explanation: {en: "a"}
                  - item: post-1
                    label: benign
                    explanation: {en: "b"}
                  - item: post-9
                    label: benign
                    explanation: {fr: "c"}
                """, LABELS, ITEMS)).containsExactly(
                "key.yaml:5: items[1].item: 'post-1' has two key entries",
                "key.yaml:10: items[2].explanation.en: the English explanation is required (why this label)",
                "key.yaml:8: items[2].item: 'post-9' is not an item of the exercise's dataset",
                "key.yaml: items: dataset item 'post-2' has no key entry",
                "key.yaml: items: dataset item 'post-3' has no key entry");
    }

    @Test
    void anUnknownLabelIsNamedOnTheLineOfItsEntry() {
        assertThat(problems("item-labelling", "key.yaml", """
                items:
                  - {item: post-1, label: doxing, explanation: {en: "a"}}
                  - {item: post-2, label: bening, explanation: {en: "b"}}
                  - {item: post-3, label: benign, explanation: {en: "c"}}
                """, LABELS, ITEMS)).containsExactly(
                "key.yaml:3: items[1].label: 'bening' is not one of the exercise's labels [doxing, benign]");
    }

    @Test
    void aLabellingKeyAsCsvWithQuotedTextsAndAByteOrderMark() {
        Map<String, Object> key = read("item-labelling", "key.csv", "\uFEFFitem,label,explanation_en,explanation_fr\n"
                + "post-1,doxing,\"Home address, with a call to go.\",\"Adresse, avec un appel.\"\n"
                + "post-2,benign,\"Public line.\nNot private.\",\n"
                + "post-3,benign,Public,\n", LABELS, ITEMS);
        assertThat(key.get("items")).isEqualTo(List.of(
                Map.of("item", "post-1", "label", "doxing", "explanation",
                        Map.of("en", "Home address, with a call to go.", "fr", "Adresse, avec un appel.")),
                Map.of("item", "post-2", "label", "benign", "explanation", Map.of("en", "Public line.\nNot private.")),
                Map.of("item", "post-3", "label", "benign", "explanation", Map.of("en", "Public"))));
    }

    @Test
    void csvKeyProblemsNameTheirLines() {
        assertThat(problems("item-labelling", "key.csv", """
                item,label,explanation_en
                post-1,doxing,a
                post-2,,b
                post-3,benign,
                """, LABELS, ITEMS)).containsExactly(
                "key.csv:3: items[1].label: required",
                "key.csv:4: items[2].explanation.en: the English explanation is required (why this label)");
        assertThat(problems("item-labelling", "key.csv", "item,lable,explanation_en\npost-1,doxing,a\n", LABELS, ITEMS))
                .containsExactly("key.csv:1: column 2 'lable': unknown column (known: item, label, explanation_en,"
                                + " explanation_fr, explanation_de, explanation_it, explanation_ja)",
                        "key.csv:1: the header has no column label (required: item, label, explanation_en)");
    }

    @Test
    void aLabellingKeyNeedsTheDatasetFirst() {
        assertThat(problems("item-labelling", "key.yaml", "items: []\n", LABELS, null)).containsExactly(
                "key.yaml: the exercise has no dataset yet: upload its dataset first, an item-labelling key labels"
                        + " every item of it");
    }

    @Test
    void otherTypesAreCheckedByTheirTypeWithTheLineOfTheField() {
        Map<String, Object> spec = Map.of("items", List.of("acct-01", "acct-02", "acct-03"));
        assertThat(read("set-selection", "net.key.yml", "selected: [acct-02, acct-03]\n", spec, null))
                .isEqualTo(Map.of("selected", List.of("acct-02", "acct-03")));
        assertThat(problems("set-selection", "net.key.yaml", """
                selected:
                  - acct-02
                  - acct-09
                """, spec, null)).singleElement().asString().startsWith("net.key.yaml:3: selected[1]: ");
        assertThat(problems("set-selection", "net.csv", "item\nacct-01\n", spec, null)).containsExactly(
                "net.csv: not a key file: upload a .yaml key in the pack format of this exercise type");
    }

    @Test
    void brokenYamlAliasesAndABadSpecAreRefusedClearly() {
        assertThat(problems("item-labelling", "key.yaml", "items:\n  - item: post-1\n   label: [\n", LABELS, ITEMS))
                .singleElement().asString().startsWith("key.yaml:").contains("not valid YAML");
        assertThat(problems("item-labelling", "key.yaml", "a: &x {item: post-1}\nitems: [*x]\n", LABELS, ITEMS))
                .containsExactly("key.yaml:1: not valid YAML: anchors and aliases (&name, *name) are not allowed in"
                        + " pack files");
        assertThat(problems("item-labelling", "key.yaml", "items: []\n", Map.of("labels", "none"), ITEMS))
                .singleElement().asString()
                .startsWith("key.yaml: the exercise's spec must be fixed before its key is checked: labels");
        assertThat(problems("no-such-type", "key.yaml", "x: 1\n", Map.of(), null)).singleElement().asString()
                .startsWith("key.yaml: the exercise type 'no-such-type' is unknown (known: choice, item-labelling");
    }

    @Test
    void emptyOrOversizedFilesAreRefused() {
        assertThatThrownBy(() -> KeyFile.read("item-labelling", "key.yaml", new byte[0], LABELS, ITEMS))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems().getFirst()
                        .reason()).isEqualTo("the file is empty"));
        assertThatThrownBy(() -> KeyFile.read("item-labelling", "key.yaml", new byte[KeyFile.MAX_BYTES + 1], LABELS,
                ITEMS)).isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems().getFirst()
                .reason()).startsWith("the file has 5242881 bytes"));
    }
}
