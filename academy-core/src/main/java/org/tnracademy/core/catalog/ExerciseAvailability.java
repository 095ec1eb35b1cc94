package org.tnracademy.core.catalog;

/**
 * Whether an exercise version takes attempts, and where a learner who opened it belongs instead.
 * Only the current version of an exercise in a published course takes attempts; a version that
 * publishing superseded, or one retired from its course, takes none and shows nothing of its key,
 * whatever address or request names it.
 *
 * @param courseId          the course the version belongs to
 * @param currentExerciseId the exercise's current version: this one when {@link State#CURRENT}, the newer
 *                          one when {@link State#SUPERSEDED}, null when {@link State#WITHDRAWN}
 */
public record ExerciseAvailability(long exerciseId, State state, long courseId, Long currentExerciseId) {

    public enum State {
        /** The version learners work on now. */
        CURRENT,
        /** Publishing made a newer version of the exercise: learners work on that one. */
        SUPERSEDED,
        /** Retired from its course, or its course is not published: no version takes attempts. */
        WITHDRAWN
    }

    public boolean takesAttempts() {
        return state == State.CURRENT;
    }
}
