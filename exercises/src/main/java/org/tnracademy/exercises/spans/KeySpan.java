package org.tnracademy.exercises.spans;

import org.tnracademy.exercises.LocalizedText;

/** A span of personal data the key expects: characters [start, end) of a post, its category and why it matters. */
public record KeySpan(String postId, int start, int end, String category, LocalizedText explanation)
        implements Span {
}
