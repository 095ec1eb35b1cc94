package org.tnracademy.content.generator;

/** Personal data a post exposes: {@code [start, end)} in UTF-16 code units of the post's text. */
public record ExposedSpan(int start, int end, String category, Bilingual why) {
}
