package org.tnracademy.core.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of a learner's graded attempts make their standing on an exercise. */
public enum ScoringPolicy {
    BEST, LAST, AVERAGE;

    /** The value authors write in packs: {@code best}, {@code last} or {@code average}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScoringPolicy> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ScoringPolicy::id).toList();
    }
}
