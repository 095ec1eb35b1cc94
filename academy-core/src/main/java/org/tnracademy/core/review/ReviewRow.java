package org.tnracademy.core.review;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/** One written analysis in the instructors' queue. */
public record ReviewRow(long attemptId, LocalizedText exerciseTitle, String learnerName, Instant submittedAt) {
}
