package org.tnracademy.exercises.choice;

import java.util.Arrays;
import java.util.List;

/** How one question is scored from the options picked. Both rules give a score in [0, 1]. */
public enum ChoiceScoring {
    /** 1 when the options picked are exactly the correct ones, else 0. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** (right picks - wrong picks) / correct options, clamped at 0: guessing everything earns nothing. */
    RIGHT_MINUS_WRONG("right-minus-wrong");

    private final String id;

    ChoiceScoring(String id) {
        this.id = id;
    }

    /** The name authors write in a spec. */
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ChoiceScoring::id).toList();
    }

    /** The rule written {@code id}, or null when there is none. */
    public static ChoiceScoring fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    /**
     * The score of one question.
     *
     * @param rightPicks     correct options picked
     * @param wrongPicks     incorrect options picked
     * @param correctOptions correct options in the key, at least 1
     */
    public double score(int rightPicks, int wrongPicks, int correctOptions) {
        return switch (this) {
            case ALL_OR_NOTHING -> rightPicks == correctOptions && wrongPicks == 0 ? 1.0 : 0.0;
            case RIGHT_MINUS_WRONG -> Math.max(0.0, (double) (rightPicks - wrongPicks) / correctOptions);
        };
    }
}
