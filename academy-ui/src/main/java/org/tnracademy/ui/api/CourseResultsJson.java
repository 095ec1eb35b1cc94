package org.tnracademy.ui.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.results.CourseResults;

/** The JSON of {@code GET /api/courses/{id}/results}: exercises, and a page of learners with their scores. */
record CourseResultsJson(long courseId, String slug, Map<String, String> title, List<Exercise> exercises,
                         Page page, List<Learner> learners) {

    record Exercise(long id, String slug, Map<String, String> title, String type, int maxAttempts) {
    }

    record Page(int offset, int size, long totalLearners) {
    }

    record Learner(long id, String username, String displayName, List<Result> results) {
    }

    /** Scores in [0, 1]; the best one counts. */
    record Result(long exerciseId, int attempts, double bestScore, double lastScore, Instant lastAttemptAt) {
    }

    static CourseResultsJson of(CourseResults r) {
        return new CourseResultsJson(r.courseId(), r.slug(), r.title().byLanguage(),
                r.exercises().stream().map(e -> new Exercise(e.exerciseId(), e.slug(), e.title().byLanguage(),
                        e.type(), e.maxAttempts())).toList(),
                new Page(r.offset(), r.learners().size(), r.totalLearners()),
                r.learners().stream().map(l -> new Learner(l.learnerId(), l.username(), l.displayName(),
                        l.results().stream().map(x -> new Result(x.exerciseId(), x.attempts(), x.bestScore(),
                                x.lastScore(), x.lastAttemptAt())).toList())).toList());
    }
}
