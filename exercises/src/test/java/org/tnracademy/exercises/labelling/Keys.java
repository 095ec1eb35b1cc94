package org.tnracademy.exercises.labelling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tnracademy.exercises.LocalizedText;

/** Builds keys and answers for tests from "item", "label" pairs, in the order given. */
final class Keys {

    private Keys() {
    }

    static LabellingKey key(String... itemLabelPairs) {
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        pairs(itemLabelPairs).forEach((item, label) ->
                entries.put(item, new KeyEntry(label, LocalizedText.of("why " + item, "pourquoi " + item))));
        return new LabellingKey(entries);
    }

    static LabellingAnswer answer(String... itemLabelPairs) {
        return new LabellingAnswer(pairs(itemLabelPairs));
    }

    private static Map<String, String> pairs(String... itemLabelPairs) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < itemLabelPairs.length; i += 2) {
            pairs.put(itemLabelPairs[i], itemLabelPairs[i + 1]);
        }
        return pairs;
    }
}
