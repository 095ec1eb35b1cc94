package org.tnracademy.core.studio;

import java.util.List;
import java.util.Map;

/**
 * An exercise draft operation refused, or a publication refused because of exercise drafts; nothing
 * was written. A {@link DraftRefusedException} of reason {@code EXERCISE_DRAFT}, so a page that
 * publishes and knows nothing of exercises still reports it.
 */
public class ExerciseDraftRefusedException extends DraftRefusedException {

    /** What is wrong, for the page to say in the reader's language. */
    public enum Why {
        UNKNOWN_COURSE, UNKNOWN_EXERCISE, UNKNOWN_MODULE, UNKNOWN_TYPE, UNKNOWN_DATASET, BAD_SLUG, SLUG_IN_USE,
        /** The answer to test-grade is empty. */
        EMPTY_ANSWER,
        /** The answer to test-grade does not fit the draft's spec: {@link #problems()} */
        INVALID_ANSWER,
        /** The draft's spec or key cannot be read, so it cannot be test-graded: fix its problems first. */
        INVALID_DRAFT,
        /** Publishing: drafts a pack import would refuse, by slug in {@link #problemsBySlug()}. */
        INVALID_DRAFTS,
        /**
         * Publishing: drafts that change what is graded of exercises learners have attempted, with
         * no {@link GradedChangeChoice}: each in {@link #gradedChanges()}, with the learners and
         * attempts it affects. Publish again with a choice for each.
         */
        GRADED_CHANGE_NEEDS_CHOICE,
        /** Publishing: carrying attempts over was chosen where it cannot be done: {@link #gradedChanges()}. */
        CARRY_OVER_REFUSED
    }

    private final Why why;
    private final List<String> problems;
    private final List<DraftProblem> worded;
    private final Map<String, List<DraftProblem>> problemsBySlug;
    private final List<GradedChange> gradedChanges;

    ExerciseDraftRefusedException(Why why, String message) {
        this(why, message, List.of(), Map.of(), List.of());
    }

    ExerciseDraftRefusedException(Why why, String message, List<String> problems,
                                  Map<String, List<DraftProblem>> problemsBySlug, List<GradedChange> gradedChanges) {
        super(Reason.EXERCISE_DRAFT, message);
        this.why = why;
        this.problems = List.copyOf(problems);
        this.worded = List.of();
        this.problemsBySlug = Map.copyOf(problemsBySlug);
        this.gradedChanges = List.copyOf(gradedChanges);
    }

    /** For INVALID_ANSWER and INVALID_DRAFT: the problems with their field and their words. */
    ExerciseDraftRefusedException(Why why, String message, List<DraftProblem> worded) {
        super(Reason.EXERCISE_DRAFT, message);
        this.why = why;
        this.problems = worded.stream().map(DraftProblem::toString).toList();
        this.worded = List.copyOf(worded);
        this.problemsBySlug = Map.of();
        this.gradedChanges = List.of();
    }

    public Why why() {
        return why;
    }

    /** For INVALID_ANSWER and INVALID_DRAFT: each problem as "field: reason". */
    public List<String> problems() {
        return problems;
    }

    /**
     * For INVALID_ANSWER and INVALID_DRAFT: each problem with its field (the answer's part, or
     * {@code spec.…} / {@code key.…}) and its code and arguments, to word in the reader's language.
     */
    public List<DraftProblem> wordedProblems() {
        return worded;
    }

    /** For INVALID_DRAFTS: each invalid draft's problems by exercise slug. */
    public Map<String, List<DraftProblem>> problemsBySlug() {
        return problemsBySlug;
    }

    /** For GRADED_CHANGE_NEEDS_CHOICE and CARRY_OVER_REFUSED: the exercises concerned. */
    public List<GradedChange> gradedChanges() {
        return gradedChanges;
    }
}
