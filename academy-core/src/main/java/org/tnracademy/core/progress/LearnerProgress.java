package org.tnracademy.core.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

        /** Where to go on: the first step still to do, in course order; empty once every step is done or waiting. */
        public Optional<Step> resume() {
            return steps.stream().filter(s -> s.status() == StepStatus.TO_DO).findFirst();
        }

        /** The step before and after a lesson or exercise of this course, in course order. */
        public Neighbours neighbours(boolean exercise, long id) {
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                if (s.exercise() == exercise && s.id() == id) {
                    return new Neighbours(i == 0 ? null : steps.get(i - 1),
                            i + 1 == steps.size() ? null : steps.get(i + 1), i + 1, steps.size());
                }
            }
            return new Neighbours(null, null, 0, steps.size());
        }
    }

    /**
     * The steps around one step.
     *
     * @param previous null at the course's first step
     * @param next     null at its last
     * @param position the step's place from 1; 0 when it is not a step of the course
     */
    public record Neighbours(Step previous, Step next, int position, int of) {
    }

    /** Where a learner stands on a step. */
    public enum StepStatus {
        TO_DO, READ, SCORED,
        /** An answer was submitted and waits for an instructor's grade (written analyses). */
        AWAITING_GRADING
    }

    /**
     * A lesson (done when read) or an exercise (done when scored).
     *
     * @param score           the standing under the exercise's scoring policy; null for lessons and for
     *                        exercises without a graded attempt
     * @param awaitingGrading an attempt of the learner's waits for an instructor's grade
     */
    public record Step(long id, boolean exercise, LocalizedText title, boolean done, Instant when, int attempts,
                       int maxAttempts, Double score, boolean awaitingGrading) {

        public StepStatus status() {
            if (awaitingGrading) {
                return StepStatus.AWAITING_GRADING;
            }
            if (!done) {
                return StepStatus.TO_DO;
            }
            return exercise ? StepStatus.SCORED : StepStatus.READ;
        }
    }
}
