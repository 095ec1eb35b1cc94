package org.tnracademy.core.support;

import java.util.Map;

/** Answer trees as the exercise types read them, for tests. */
public final class Answers {

    private Answers() {
    }

    /** An item-labelling answer: {@code {labels: {item: label}}}. */
    public static Map<String, Object> labelled(Map<String, String> labelByItem) {
        return Map.of("labels", labelByItem);
    }
}
