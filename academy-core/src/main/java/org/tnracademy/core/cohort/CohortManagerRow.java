package org.tnracademy.core.cohort;

/** An account that manages a cohort, as the cohort's page lists it. */
public record CohortManagerRow(String username, String displayName) {
}
