package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/** One message of the phishing set: what learners see, its true label and why. */
public record LabelledMessage(DatasetPost post, MessageLabel label, LocalizedText why) {
}
