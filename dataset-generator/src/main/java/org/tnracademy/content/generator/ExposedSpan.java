package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/** Personal data a post exposes: {@code [start, end)} in UTF-16 code units of the post's text. */
public record ExposedSpan(int start, int end, String category, LocalizedText why) {
}
