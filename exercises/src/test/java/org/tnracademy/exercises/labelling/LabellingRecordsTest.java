package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.JsonShape;

class LabellingRecordsTest {

    @Test
    void everyRecordIsAPlainJsonTree() {
        for (Class<?> type : List.of(LabellingSpec.class, LabellingKey.class, LabellingAnswer.class,
                LabellingResult.class)) {
            JsonShape.assertPlain(type);
        }
    }

    @Test
    void recordsKeepTheirOwnUnmodifiableCopies() {
        List<String> labels = new ArrayList<>(List.of("doxing"));
        LabellingSpec spec = new LabellingSpec(labels);
        labels.add("benign");
        assertThat(spec.labels()).containsExactly("doxing");

        Map<String, KeyEntry> entries = new LinkedHashMap<>(Map.of("a", new KeyEntry("doxing", null)));
        LabellingKey key = new LabellingKey(entries);
        entries.clear();
        assertThat(key.entries()).containsOnlyKeys("a");
        assertThatThrownBy(() -> key.entries().clear()).isInstanceOf(UnsupportedOperationException.class);

        Map<String, String> given = new HashMap<>(Map.of("a", "doxing"));
        LabellingAnswer answer = new LabellingAnswer(given);
        given.put("b", "benign");
        assertThat(answer.labelByItem()).containsOnlyKeys("a");
        assertThatThrownBy(() -> answer.labelByItem().put("c", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResultCannotBeChangedThroughItsLists() {
        LabellingResult result = new LabellingGrader().grade(LabellingSpec.of(List.of("doxing")),
                Keys.key("a", "doxing"), Keys.answer("a", "doxing"));
        assertThatThrownBy(() -> result.items().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.perLabel().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.confusion().counts().getFirst().set(0, 9))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aConfusionMatrixMustHaveOneRowPerLabelAndAnUnlabelledColumn() {
        assertThatThrownBy(() -> new ConfusionMatrix(List.of("a", "b"), List.of(List.of(1, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfusionMatrix(List.of("a"), List.of(List.of(1, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ConfusionMatrix(List.of("a"), List.of(List.of(1, 2))).count("a", null)).isEqualTo(2);
    }
}
