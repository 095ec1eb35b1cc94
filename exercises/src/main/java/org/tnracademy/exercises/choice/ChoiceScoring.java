package org.tnracademy.exercises.choice;

/** How one question is scored from the options the learner selected. */
public enum ChoiceScoring {

    /** 1 when exactly the right options are selected, else 0. */
    ALL_OR_NOTHING,

    /**
     * (right selected - wrong selected) / right options, clamped at 0: each right option earns its
     * share and each wrong one takes a share back, so selecting every option earns nothing.
     */
    RIGHT_MINUS_WRONG;

    /**
     * @param right        how many of the selected options are right
     * @param wrong        how many of the selected options are wrong
     * @param rightOptions how many options of the question are right (at least 1)
     */
    public double score(int right, int wrong, int rightOptions) {
        return switch (this) {
            case ALL_OR_NOTHING -> right == rightOptions && wrong == 0 ? 1.0 : 0.0;
            case RIGHT_MINUS_WRONG -> Math.max(0.0, (double) (right - wrong) / rightOptions);
        };
    }
}
