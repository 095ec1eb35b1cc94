package org.tnracademy.exercises.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a learner gives a confidence for: the whole answer, or each item the type lists. */
public enum ConfidenceAsk {
    PER_ANSWER("per-answer"), PER_ITEM("per-item");

    private final String id;

    ConfidenceAsk(String id) {
        this.id = id;
    }

    /** The value authors write in packs. */
    public String id() {
        return id;
    }

    public static Optional<ConfidenceAsk> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ConfidenceAsk::id).toList();
    }
}
