package org.tnracademy.exercises.timeline;

import org.tnracademy.exercises.LocalizedText;

/**
 * One event: when it happened (ISO-8601, UTC), the positions it may rightly take (1-based; a range
 * when other events share its instant), the position the learner gave (null when unplaced), and how
 * many pairs it is misordered in, which shows the events that most disturb the order.
 */
public record EventFeedback(String eventId, String at, int expectedFirst, int expectedLast, Integer givenPosition,
                            boolean inPlace, long discordantPairs, LocalizedText explanation) {
}
