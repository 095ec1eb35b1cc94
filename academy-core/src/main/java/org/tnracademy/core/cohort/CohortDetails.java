package org.tnracademy.core.cohort;

import java.time.LocalDate;
import java.util.Set;

/** What a cohort manager fills in to create or change a cohort. */
public record CohortDetails(String name, LocalDate startsOn, LocalDate endsOn, Set<Long> courseIds) {

    public CohortDetails {
        courseIds = courseIds == null ? Set.of() : Set.copyOf(courseIds);
    }
}
