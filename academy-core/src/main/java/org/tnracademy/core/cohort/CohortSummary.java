package org.tnracademy.core.cohort;

import java.time.LocalDate;
import java.util.List;

/** A cohort as lists and dashboards show it. */
public record CohortSummary(long id, String name, LocalDate startsOn, LocalDate endsOn, List<Long> courseIds,
                            long memberCount) {

    public CohortSummary {
        courseIds = List.copyOf(courseIds);
    }
}
