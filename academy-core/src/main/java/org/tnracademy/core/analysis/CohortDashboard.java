package org.tnracademy.core.analysis;

import java.util.List;

/**
 * A cohort at a glance: score distribution, competency by form of TNR and completion over time.
 *
 * @param scoreBins learners by overall score (mean standing over the cohort's exercises, one not
 *                  graded counting 0) in {@link #SCORE_BINS} bins of equal width from 0 to 1
 * @param median    median overall score; 0 for a cohort without learners
 */
public record CohortDashboard(int learners, int exercises, List<Integer> scoreBins, double mean, double median,
                              List<FormCompetency> forms, List<CompletionDay> completion) {

    public static final int SCORE_BINS = 10;
    public static final int BANDS = 5;

    public CohortDashboard {
        scoreBins = List.copyOf(scoreBins);
        forms = List.copyOf(forms);
        completion = List.copyOf(completion);
    }

    /** Bin (or band) of a score in [0, 1] among {@code bins} equal ones; 1.0 falls in the last. */
    public static int bin(double score, int bins) {
        return Math.clamp((int) Math.floor(score * bins), 0, bins - 1);
    }
}
