package org.tnracademy.exercises.choice;

import java.util.Arrays;
import java.util.List;

/** Whether a question takes exactly one option or any number of them. */
public enum QuestionKind {
    SINGLE("single"),
    MULTIPLE("multiple");

    private final String id;

    QuestionKind(String id) {
        this.id = id;
    }

    /** The name authors write in a spec. */
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(QuestionKind::id).toList();
    }

    /** The kind written {@code id}, or null when there is none. */
    public static QuestionKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElse(null);
    }
}
