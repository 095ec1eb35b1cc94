package org.tnracademy.core.progress;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/**
 * How far a learner is through one course's current steps; complete when every lesson is read and
 * every exercise has a graded standing.
 *
 * @param score       mean standing over the course's exercises, an exercise not yet graded counting 0
 * @param completedAt when the last step was first done (lesson first read, exercise first graded);
 *                    null while the course is not complete
 */
public record CourseCompletion(long courseId, String courseSlug, LocalizedText title, int lessons, int lessonsRead,
                               int exercises, int exercisesGraded, double score, Instant completedAt) {

    public boolean complete() {
        return completedAt != null;
    }

    public int stepsLeft() {
        return lessons - lessonsRead + exercises - exercisesGraded;
    }
}
