package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;

class LabellingSpecAndKeyTest {

    private static final LabellingSpec SPEC = LabellingSpec.of(List.of("doxing", "benign"));

    @Test
    void aSpecTakesLowerCaseIdsInTheirOrder() {
        assertThat(LabellingSpec.of(List.of("threat-to-family", "doxing", "2fa-bypass")).labels())
                .containsExactly("threat-to-family", "doxing", "2fa-bypass");
    }

    @Test
    void everyBadLabelIsNamedByItsPosition() {
        assertThatThrownBy(() -> LabellingSpec.of(Arrays.asList("doxing", "Doxing", "doxing", "", null, "-x", "a b")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field)
                        .containsExactly("labels[1]", "labels[2]", "labels[3]", "labels[4]", "labels[5]", "labels[6]"))
                .hasMessageContaining("appears twice");
    }

    @Test
    void aSpecNeedsALabel() {
        assertThatThrownBy(() -> LabellingSpec.of(List.of())).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("labels"));
        assertThatThrownBy(() -> LabellingSpec.of(null)).isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void aKeyMayOnlyUseTheSpecLabels() {
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        entries.put("post-1", new KeyEntry("doxing", null));
        entries.put("post-2", new KeyEntry("smear", null));
        entries.put("post-3", new KeyEntry(null, null));
        entries.put(" ", new KeyEntry("benign", null));

        assertThatThrownBy(() -> LabellingKey.validated(SPEC, entries))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems())
                        .extracting(SpecProblem::field).containsExactly("key.post-2", "key.post-3", "key"))
                .hasMessageContaining("'smear' is not in the spec");
    }

    @Test
    void aKeyMustLabelAtLeastOneItem() {
        assertThatThrownBy(() -> LabellingKey.validated(SPEC, Map.of())).isInstanceOf(InvalidSpecException.class);
        assertThatThrownBy(() -> LabellingKey.validated(SPEC, null)).isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void aValidKeyKeepsTheDatasetOrder() {
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        for (String item : List.of("post-9", "post-1", "post-5")) {
            entries.put(item, new KeyEntry("benign", LocalizedText.of("why", null)));
        }
        assertThat(LabellingKey.validated(SPEC, entries).entries().keySet())
                .containsExactly("post-9", "post-1", "post-5");
    }
}
