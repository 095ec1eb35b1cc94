package org.tnracademy.core.progress;

import java.time.Instant;
import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/** One learner's progress through every course, step by step. */
public record LearnerProgress(List<Course> courses) {

    public LearnerProgress {
        courses = List.copyOf(courses);
    }

    public record Course(long courseId, LocalizedText title, List<Step> steps) {
        public Course {
            steps = List.copyOf(steps);
        }

        public long done() {
            return steps.stream().filter(Step::done).count();
        }
    }

    /**
     * A lesson (done when read) or an exercise (done when scored).
     *
     * @param score the standing under the exercise's scoring policy; null for lessons and for
     *              exercises without a graded attempt
     */
    public record Step(long id, boolean exercise, LocalizedText title, boolean done, Instant when, int attempts,
                       int maxAttempts, Double score) {
    }
}
