package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** The answer key: item id -> right label and explanation, in dataset order. */
public record LabellingKey(Map<String, KeyEntry> entries) {

    public LabellingKey {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A key checked against its spec: not empty, every label one of the spec's. */
    public static LabellingKey validated(LabellingSpec spec, Map<String, KeyEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidSpecException(List.of(SpecProblem.of("key", "the key labels no item", CheckProblem.KEY_EMPTY)));
        }
        Set<String> labels = new HashSet<>(spec.labels());
        List<SpecProblem> problems = new ArrayList<>();
        entries.forEach((item, entry) -> {
            if (entry == null || entry.label() == null) {
                problems.add(SpecProblem.of("key." + item, "has no label", CheckProblem.NOT_KEYED, item));
            } else if (!labels.contains(entry.label())) {
                problems.add(SpecProblem.of("key." + item, "label '" + entry.label() + "' is not in the spec",
                        CheckProblem.NOT_DEFINED, entry.label()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new LabellingKey(entries);
    }
}
