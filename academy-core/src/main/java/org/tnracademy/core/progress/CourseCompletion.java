package org.tnracademy.core.progress;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/**
 * How far a learner is through one course's current steps; complete when every lesson is read and
 * every exercise has a graded standing, passed when complete with a score at the pass mark or above.
 *
 * @param score       mean standing over the course's exercises, an exercise not yet graded counting 0
 * @param completedAt when the last step was first done (lesson first read, exercise first graded);
 *                    null while the course is not complete
 * @param passMark    the score in percent the course's certificate needs
 */
public record CourseCompletion(long courseId, String courseSlug, LocalizedText title, int lessons, int lessonsRead,
                               int exercises, int exercisesGraded, double score, Instant completedAt,
                               int passMark) {

    public boolean complete() {
        return completedAt != null;
    }

    /** The score in whole percent, as printed and compared with the pass mark. */
    public int scorePercent() {
        return (int) Math.round(score * 100);
    }

    /** Complete, and at the pass mark or above: the certificate can be issued. */
    public boolean passed() {
        return complete() && scorePercent() >= passMark;
    }

    public int stepsLeft() {
        return lessons - lessonsRead + exercises - exercisesGraded;
    }
}
