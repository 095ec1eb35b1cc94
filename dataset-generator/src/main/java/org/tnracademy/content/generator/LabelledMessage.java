package org.tnracademy.content.generator;

/** One message of the phishing set: what learners see, its true label and why. */
public record LabelledMessage(DatasetPost post, MessageLabel label, Bilingual why) {
}
