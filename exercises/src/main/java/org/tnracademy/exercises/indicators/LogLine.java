package org.tnracademy.exercises.indicators;

/** One line of a device or network log, as the learner sees it. */
public record LogLine(String id, String text) {
}
