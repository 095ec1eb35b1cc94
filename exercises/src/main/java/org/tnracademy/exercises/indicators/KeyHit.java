package org.tnracademy.exercises.indicators;

import org.tnracademy.exercises.LocalizedText;

/** A log line that truly matches an indicator, and why. */
public record KeyHit(String lineId, String indicatorId, LocalizedText explanation) {
}
