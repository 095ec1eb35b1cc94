package org.tnracademy.core.analysis;

import java.util.List;

/**
 * How well a cohort does on one form of TNR: over the cohort's exercises that train it.
 *
 * @param exercises      the cohort's exercises training the form (0: the courses do not train it)
 * @param mean           mean standing over every graded learner-exercise pair of the form; null when none
 * @param standings      graded learner-exercise pairs counted in the mean
 * @param coverage       standings as a share of the pairs possible (learners x exercises)
 * @param learnersByBand learners by their own mean on the form, in {@link CohortDashboard#BANDS}
 *                       bands of equal width from 0 to 1 (the heatmap's row)
 */
public record FormCompetency(String form, int exercises, Double mean, int standings, double coverage,
                             List<Integer> learnersByBand) {

    public FormCompetency {
        learnersByBand = List.copyOf(learnersByBand);
    }

    public int learnersRated() {
        return learnersByBand.stream().mapToInt(Integer::intValue).sum();
    }
}
