package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** The answer key: item id -> right label and explanation, in dataset order (feedback follows it). */
public record LabellingKey(Map<String, KeyEntry> entries) {

    public LabellingKey {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A key checked against its spec: at least one item, each with an id and one of the spec's labels. */
    public static LabellingKey validated(LabellingSpec spec, Map<String, KeyEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw InvalidSpecException.of("key", "the key labels no item");
        }
        Set<String> labels = new HashSet<>(spec.labels());
        List<SpecProblem> problems = new ArrayList<>();
        entries.forEach((item, entry) -> {
            if (item == null || item.isBlank()) {
                problems.add(new SpecProblem("key", "an item id is blank"));
            } else if (entry == null || entry.label() == null) {
                problems.add(new SpecProblem("key." + item, "has no label"));
            } else if (!labels.contains(entry.label())) {
                problems.add(new SpecProblem("key." + item, "label '" + entry.label() + "' is not in the spec"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new LabellingKey(entries);
    }
}
