package org.tnracademy.core.analysis;

import java.util.List;

/**
 * What a cohort's first attempts say about one item of an exercise.
 *
 * @param answered       learners whose first attempt covers the item
 * @param difficulty     mean credit on the item: the share who got it right for items marked right
 *                       or wrong (classical p-value: high is easy), mean points / maximum for a
 *                       rubric criterion
 * @param discrimination mean credit in the upper group less that in the lower group, in [-1, 1];
 *                       null when the cohort is too small to form the groups
 * @param commonWrong    the most frequent wrong answers, most frequent first
 * @param keyMayBeWrong  most of the strongest learners fail the item, no better than the weakest:
 *                       the key (or the item) deserves a second look
 * @param strongAnswer   what the upper group answered most often, to compare with the key
 * @param meanError      for estimate questions, the mean error of the learners who answered, in
 *                       {@code errorUnit}; null for other items
 * @param errorUnit      "km", the question's unit, or "relative" (a fraction of the true value)
 */
public record ItemStats(String itemId, String expected, int answered, double difficulty, Double discrimination,
                        double upperCorrect, double lowerCorrect, List<AnswerCount> commonWrong,
                        boolean keyMayBeWrong, String strongAnswer, Double meanError, String errorUnit) {

    public ItemStats {
        commonWrong = List.copyOf(commonWrong);
    }

    /** A wrong answer and how many learners gave it. */
    public record AnswerCount(String answer, int count) {
    }
}
