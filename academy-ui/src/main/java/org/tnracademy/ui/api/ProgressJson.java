package org.tnracademy.ui.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.progress.LearnerProgress;

/** The JSON of {@code GET /api/me/progress}: the signed-in learner's standing, course by course. */
record ProgressJson(String learner, List<Course> courses) {

    record Course(long id, Map<String, String> title, long stepsDone, int stepsTotal, List<Step> steps) {
    }

    /**
     * @param kind      {@code lesson} or {@code exercise}
     * @param when      when the lesson was read or the exercise last attempted; null before
     * @param score     the exercise's standing under its scoring policy (best, last or average
     *                  attempt), in [0, 1]; null for lessons and exercises not graded yet
     */
    record Step(long id, String kind, Map<String, String> title, boolean done, Instant when, int attempts,
                int maxAttempts, Double score) {
    }

    static ProgressJson of(String learner, LearnerProgress progress) {
        return new ProgressJson(learner, progress.courses().stream()
                .map(c -> new Course(c.courseId(), c.title().byLanguage(), c.done(), c.steps().size(),
                        c.steps().stream().map(s -> new Step(s.id(), s.exercise() ? "exercise" : "lesson",
                                s.title().byLanguage(), s.done(), s.when(), s.attempts(), s.maxAttempts(),
                                s.score())).toList()))
                .toList());
    }
}
