package org.tnracademy.exercises.labelling;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A learner's labels: item id -> label. Items left unlabelled are absent. */
public record LabellingAnswer(Map<String, String> labelByItem) {

    public LabellingAnswer {
        // HashMap rather than Map.copyOf: null values must reach validation, not fail here
        labelByItem = Collections.unmodifiableMap(new HashMap<>(labelByItem == null ? Map.of() : labelByItem));
    }
}
