package org.tnracademy.core.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.labelling.KeyEntry;
import org.tnracademy.exercises.labelling.LabellingKey;
import org.tnracademy.exercises.labelling.LabellingSpec;
import tools.jackson.core.type.TypeReference;

/** How an item-labelling exercise's labels and key are kept in their JSON columns. */
final class LabellingMaterial {

    record StoredLabel(String id, Map<String, String> title) {
    }

    record StoredKeyEntry(String item, String label, Map<String, String> explanation) {
    }

    private static final TypeReference<List<StoredLabel>> LABELS = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredKeyEntry>> KEY = new TypeReference<>() {
    };

    private LabellingMaterial() {
    }

    static String specJson(List<CoursePack.Label> labels) {
        return Json.write(labels.stream().map(l -> new StoredLabel(l.id(), l.title().byLanguage())).toList());
    }

    static String keyJson(List<CoursePack.KeyItem> key) {
        return Json.write(key.stream()
                .map(k -> new StoredKeyEntry(k.item(), k.label(), k.explanation().byLanguage())).toList());
    }

    static List<LabelOption> labelOptions(String specJson) {
        return Json.read(specJson, LABELS).stream()
                .map(l -> new LabelOption(l.id(), new LocalizedText(l.title()))).toList();
    }

    static LabellingSpec spec(String specJson) {
        return LabellingSpec.of(Json.read(specJson, LABELS).stream().map(StoredLabel::id).toList());
    }

    static LabellingKey key(LabellingSpec spec, String keyJson) {
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        for (StoredKeyEntry e : Json.read(keyJson, KEY)) {
            entries.put(e.item(), new KeyEntry(e.label(), new LocalizedText(e.explanation())));
        }
        return LabellingKey.validated(spec, entries);
    }
}
