package org.tnracademy.core.grading;

import java.util.List;
import org.tnracademy.core.policy.ScoringPolicy;


/**
 * Published when a regrade replaced grades of a learner on an exercise: unlike
 * {@link SubmissionGraded}, a standing cannot follow this one attempt at a time, so the event
 * carries every graded attempt of the learner there, with its score as it now stands.
 */
public record LearnerGradesReplaced(long learnerId, long exerciseId, ScoringPolicy scoring,
                                    List<ScoredAttempt> gradedAttempts) {

    public LearnerGradesReplaced {
        gradedAttempts = List.copyOf(gradedAttempts);
    }

    public record ScoredAttempt(int attemptNumber, double score, java.time.Instant submittedAt) {
    }
}
