package org.tnracademy.core.catalog;

/**
 * A course row's id, optimistic-lock version and whether learners see it: read in one indexed
 * statement, it says whether an outline kept earlier is still the course's (see {@link KeptCourseOutlines}).
 */
record CourseStamp(long id, long version, boolean published) {
}
