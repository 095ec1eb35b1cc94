package org.tnracademy.core.catalog;

/**
 * What decides whether an exercise version is current, read in one query without the exercise, its
 * module or its course as entities (an exercise row carries its spec): {@link ExerciseVersions}.
 */
record ExerciseStanding(long exerciseId, String slug, boolean exerciseRetired, boolean moduleRetired,
                        boolean coursePublished, long courseId) {
}
