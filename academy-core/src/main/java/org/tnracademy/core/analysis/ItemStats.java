package org.tnracademy.core.analysis;

import java.util.List;

/**
 * What a cohort's first attempts say about one item of an exercise.
 *
 * @param answered       learners whose first attempt covers the item
 * @param difficulty     share of them who got it right (classical p-value: high is easy)
 * @param discrimination share right in the upper group less share right in the lower group, in
 *                       [-1, 1]; null when the cohort is too small to form the groups
 * @param commonWrong    the most frequent wrong answers, most frequent first
 * @param keyMayBeWrong  most of the strongest learners fail the item, no better than the weakest:
 *                       the key (or the item) deserves a second look
 * @param strongAnswer   what the upper group answered most often, to compare with the key
 */
public record ItemStats(String itemId, String expected, int answered, double difficulty, Double discrimination,
                        double upperCorrect, double lowerCorrect, List<AnswerCount> commonWrong,
                        boolean keyMayBeWrong, String strongAnswer) {

    public ItemStats {
        commonWrong = List.copyOf(commonWrong);
    }

    /** A wrong answer and how many learners gave it. */
    public record AnswerCount(String answer, int count) {
    }
}
