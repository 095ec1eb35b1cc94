package org.tnracademy.exercises;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An answer that cannot be graded, with the problems found in it. Nothing is scored. An answer can
 * hold as many problems as it has parts: the exception keeps the first {@link #MAX_LISTED} and
 * counts the rest, so refusing a huge answer costs no more than reading it.
 */
public class InvalidAnswerException extends RuntimeException {

    /** Enough problems to fix a batch at a time; more would only be noise for people and the page. */
    public static final int MAX_LISTED = 100;

    private final transient List<AnswerProblem> problems;
    private final int unlisted;

    public InvalidAnswerException(List<AnswerProblem> problems) {
        this(problems, 0);
    }

    /**
     * @param problems  the problems found, in the order to show them; beyond {@link #MAX_LISTED} they are counted
     * @param alsoFound problems found but not kept in the list, such as those a capped collection counted
     */
    public InvalidAnswerException(List<AnswerProblem> problems, int alsoFound) {
        this(new Listed(List.copyOf(problems.size() > MAX_LISTED ? problems.subList(0, MAX_LISTED) : problems),
                Math.max(0, problems.size() - MAX_LISTED) + alsoFound));
    }

    private InvalidAnswerException(Listed listed) {
        super(message(listed.problems(), listed.unlisted()));
        this.problems = listed.problems();
        this.unlisted = listed.unlisted();
    }

    private record Listed(List<AnswerProblem> problems, int unlisted) {
    }

    private static String message(List<AnswerProblem> listed, int unlisted) {
        String list = listed.stream().map(AnswerProblem::toString).collect(Collectors.joining("; "));
        int total = listed.size() + unlisted;
        return unlisted == 0
                ? "The answer has " + total + (total == 1 ? " problem: " : " problems: ") + list
                : "The answer has " + total + " problems, the first " + listed.size() + ": " + list + "; and "
                        + unlisted + " more";
    }

    /** The first problems found, at most {@link #MAX_LISTED}. */
    public List<AnswerProblem> problems() {
        return problems;
    }

    /** How many problems were found beyond those listed. */
    public int unlisted() {
        return unlisted;
    }

    /** How many problems were found in all. */
    public int count() {
        return problems.size() + unlisted;
    }
}
