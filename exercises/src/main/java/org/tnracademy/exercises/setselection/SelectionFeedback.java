package org.tnracademy.exercises.setselection;

import org.tnracademy.exercises.LocalizedText;

/** One item matched, missed or wrongly claimed, with the author's explanation (null when none was written). */
public record SelectionFeedback(String itemId, ItemOutcome outcome, LocalizedText explanation) {
}
