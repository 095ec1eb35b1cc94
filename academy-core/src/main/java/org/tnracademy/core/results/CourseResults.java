package org.tnracademy.core.results;

import java.time.Instant;
import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * One course's results: its exercises, and a page of learners with their standing on each of them.
 *
 * @param totalLearners all learners, for paging ({@code offset + learners.size() < totalLearners}: more)
 */
public record CourseResults(long courseId, String slug, LocalizedText title, List<ExerciseColumn> exercises,
                            int offset, long totalLearners, List<LearnerResults> learners) {

    public CourseResults {
        exercises = List.copyOf(exercises);
        learners = List.copyOf(learners);
    }

    public record ExerciseColumn(long exerciseId, String slug, LocalizedText title, String type, int maxAttempts) {
    }

    /** A learner's line; {@code results} holds only the exercises they attempted. */
    public record LearnerResults(long learnerId, String username, String displayName, List<ExerciseResult> results) {
        public LearnerResults {
            results = List.copyOf(results);
        }
    }

    /** Scores are in [0, 1]; the best one counts. */
    public record ExerciseResult(long exerciseId, int attempts, double bestScore, double lastScore,
                                 Instant lastAttemptAt) {
    }
}
