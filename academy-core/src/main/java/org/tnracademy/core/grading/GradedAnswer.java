package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.Map;

/**
 * A graded attempt as a regrade needs it: the answer the learner sent and the grade it has now.
 *
 * @param lockVersion    changes whenever the attempt is written, so a stale regrade preview can be told
 * @param confidenceJson the confidence given with the answer; null for none
 */
public record GradedAnswer(long attemptId, long learnerId, int attemptNumber, int keyVersion,
                           Map<String, Object> answerTree, double hintPenalty, double rawScore, double score,
                           Instant submittedAt, long lockVersion, String confidenceJson) {

    public GradedAnswer(long attemptId, long learnerId, int attemptNumber, int keyVersion,
                        Map<String, Object> answerTree, double hintPenalty, double rawScore, double score,
                        Instant submittedAt, long lockVersion) {
        this(attemptId, learnerId, attemptNumber, keyVersion, answerTree, hintPenalty, rawScore, score, submittedAt,
                lockVersion, null);
    }
}
