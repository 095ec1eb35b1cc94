package org.tnracademy.core.progress;

import org.tnracademy.core.catalog.CourseOutline;

/** A course's outline with the signed-in learner's progress through it, built together. */
public record CourseWithProgress(CourseOutline outline, LearnerProgress.Course progress) {
}
