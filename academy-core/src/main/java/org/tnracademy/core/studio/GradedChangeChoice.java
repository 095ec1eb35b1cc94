package org.tnracademy.core.studio;

/**
 * What an instructor chose, before publishing, for an exercise draft that changes what is graded of
 * an exercise learners have attempted (see {@link org.tnracademy.core.packs.GradedContent}).
 */
public enum GradedChangeChoice {
    /**
     * The exercise keeps its version: its attempts are regraded against the new content (the regrade
     * dry run's grades, the old ones kept in history) and everyone's progress follows.
     */
    CARRY_OVER,
    /**
     * A new exercise version: the attempts stay on the old one, in the learners' history, and
     * everyone starts the new one at zero attempts.
     */
    START_FRESH
}
