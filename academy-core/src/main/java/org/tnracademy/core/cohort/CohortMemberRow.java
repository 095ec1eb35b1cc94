package org.tnracademy.core.cohort;

import java.time.Instant;

/** One learner of a cohort, as the members list shows it. */
public record CohortMemberRow(long learnerId, String username, String displayName, Instant enrolledAt) {
}
