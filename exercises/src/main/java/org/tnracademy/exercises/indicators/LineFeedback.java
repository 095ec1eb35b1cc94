package org.tnracademy.exercises.indicators;

import org.tnracademy.exercises.LocalizedText;

/**
 * One log line against the key. The indicators are null where none is expected or none was given;
 * the explanation is the key's for hits and decoys, null for plain lines.
 */
public record LineFeedback(String lineId, String expectedIndicator, String givenIndicator, boolean decoy,
                           LineOutcome outcome, LocalizedText explanation) {
}
