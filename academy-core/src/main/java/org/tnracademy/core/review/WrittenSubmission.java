package org.tnracademy.core.review;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.written.WrittenKey;
import org.tnracademy.exercises.written.WrittenSpec;

/**
 * A pending written analysis as the instructor grades it: the rubric, the learner's text, and the
 * exercise's model answer and guidance (for instructors only).
 */
public record WrittenSubmission(long attemptId, long exerciseId, LocalizedText exerciseTitle, String learnerName,
                                int attemptNumber, WrittenSpec rubric, WrittenKey guidance, String text,
                                Instant submittedAt) {
}
