package org.tnracademy.core.studio;

import java.util.Set;

import org.tnracademy.core.packs.GradedContent;
import org.tnracademy.exercises.LocalizedText;

/**
 * An exercise draft that changes what is graded of an exercise learners have attempted: publishing
 * it needs a {@link GradedChangeChoice}, and this is what the instructor weighs.
 *
 * @param exerciseId the published exercise version (its answer-key page)
 * @param title      the published title
 * @param parts      what the draft changes of what is graded
 * @param learners   learners with an attempt on the published version
 * @param attempts   their attempts, graded or pending
 * @param carryOver  what carrying the attempts over would do (the regrade dry run)
 */
public record GradedChange(String slug, long exerciseId, LocalizedText title, Set<GradedContent.Part> parts,
                           int learners, int attempts, CarryOver carryOver) {

    public GradedChange {
        parts = Set.copyOf(parts);
    }

    /**
     * The regrade dry run of carrying the attempts over: graded attempts whose score would change,
     * or why carrying over is not possible.
     *
     * @param refusal      null when the attempts can be carried over
     * @param unfitAnswers for ANSWERS_DO_NOT_FIT: stored answers the new content cannot grade
     */
    public record CarryOver(Refusal refusal, int regraded, int up, int down, int unfitAnswers) {

        public enum Refusal {
            /** The exercise changes type: its answers cannot be read by the new one. */
            TYPE_CHANGED,
            /** Written analyses are graded by instructors on their rubric: nothing can regrade them. */
            GRADED_BY_INSTRUCTOR,
            /** Some stored answers do not fit the new spec (such as a label that is gone). */
            ANSWERS_DO_NOT_FIT
        }

        public boolean possible() {
            return refusal == null;
        }

        public int changed() {
            return up + down;
        }
    }
}
