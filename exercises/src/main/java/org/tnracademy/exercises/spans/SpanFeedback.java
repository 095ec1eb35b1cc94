package org.tnracademy.exercises.spans;

import org.tnracademy.exercises.LocalizedText;

/**
 * One key span and the learner's mark closest to it. {@code text} is the marked personal data as
 * the post shows it; the given fields are null when no mark touches the span, and {@code overlap}
 * is the Jaccard overlap of the two ranges (0 with no mark).
 */
public record SpanFeedback(String postId, int start, int end, String category, String text, SpanOutcome outcome,
                           Integer givenStart, Integer givenEnd, String givenCategory, double overlap,
                           LocalizedText explanation) {
}
