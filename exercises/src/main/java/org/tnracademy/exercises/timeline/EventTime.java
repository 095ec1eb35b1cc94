package org.tnracademy.exercises.timeline;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/** When an event truly happened, and how to work that out from what the learner sees. */
public record EventTime(String eventId, Instant at, LocalizedText explanation) {
}
