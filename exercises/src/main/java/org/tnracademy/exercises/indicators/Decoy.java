package org.tnracademy.exercises.indicators;

import org.tnracademy.exercises.LocalizedText;

/** A log line that looks like a hit but is not (a look-alike domain, a neighbouring address), and why. */
public record Decoy(String lineId, LocalizedText explanation) {
}
