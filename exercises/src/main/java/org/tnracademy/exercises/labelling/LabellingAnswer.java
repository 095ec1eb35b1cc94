package org.tnracademy.exercises.labelling;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A learner's labels: item id -> label. Items left unlabelled are absent; null means no answer at all. */
public record LabellingAnswer(Map<String, String> labelByItem) {

    public LabellingAnswer {
        // HashMap rather than Map.copyOf: a null label must reach the grader's checks, not fail here
        labelByItem = Collections.unmodifiableMap(labelByItem == null ? new HashMap<>() : new HashMap<>(labelByItem));
    }
}
