package org.tnracademy.exercises.tagging;

import org.tnracademy.exercises.LocalizedText;

/**
 * One technique of the key or of the answer: its tactic and name from the catalogue, what
 * happened to it, the credit it earned (1, the same-tactic credit, or 0) and the key's
 * explanation (null for a technique not in the key).
 */
public record TechniqueFeedback(String techniqueId, String tacticId, LocalizedText name, TagOutcome outcome,
                                double credit, LocalizedText explanation) {
}
