package org.tnracademy.core.cohort;

import java.util.List;

/** Published when learners were enrolled in a cohort: its courses are now assigned to them. */
public record LearnersEnrolled(long cohortId, List<Long> learnerIds) {

    public LearnersEnrolled {
        learnerIds = List.copyOf(learnerIds);
    }
}
