package org.tnracademy.content.generator;

/** A message pattern: channel (Email, SMS, Messaging), sender and text with placeholders, and why. */
record MessageTemplate(MessageLabel label, Language lang, String channel, String sender, String text, Bilingual why) {
}
