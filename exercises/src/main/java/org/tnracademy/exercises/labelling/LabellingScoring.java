package org.tnracademy.exercises.labelling;

import java.util.Arrays;
import java.util.List;

/**
 * How an item-labelling answer is scored, named by the spec's {@code scoring} field. Every rule is
 * 1 for the key's own labels and 0 when no item is labelled right; an unlabelled item is a miss.
 */
public enum LabellingScoring {
    /** Items labelled right / items: every item weighs the same, a wrong label costs what a blank does. */
    ACCURACY("accuracy"),
    /**
     * The mean of the F1 of each label the key uses, so a rare form of repression counts as much
     * as a frequent one. A label only the answer gives is not averaged: its items cost their own
     * labels' recall, not a share of the score.
     */
    MACRO_F1("macro-f1"),
    /**
     * F1 over all items pooled: precision = right / labelled, recall = right / items, so
     * 2·right / (labelled + items). Leaving an unsure item blank costs less than a wrong label.
     */
    MICRO_F1("micro-f1");

    /** The rule of a spec without a {@code scoring} field: the plainest measure, for training. */
    public static final LabellingScoring DEFAULT = ACCURACY;

    private final String id;

    LabellingScoring(String id) {
        this.id = id;
    }

    /** The name authors write in a spec. */
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(LabellingScoring::id).toList();
    }

    /** The rule written {@code id}, or null when there is none. */
    public static LabellingScoring fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }
}
