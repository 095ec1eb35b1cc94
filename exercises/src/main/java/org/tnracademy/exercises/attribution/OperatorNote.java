package org.tnracademy.exercises.attribution;

import org.tnracademy.exercises.LocalizedText;

/** The key's explanation of one operator the learner did not group exactly, with its accounts. */
public record OperatorNote(Handles accounts, LocalizedText why) {
}
