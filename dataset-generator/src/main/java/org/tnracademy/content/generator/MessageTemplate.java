package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/** A message pattern: channel (Email, SMS, Messaging), sender and text with placeholders, and why. */
record MessageTemplate(MessageLabel label, Language lang, String channel, String sender, String text, LocalizedText why) {
}
