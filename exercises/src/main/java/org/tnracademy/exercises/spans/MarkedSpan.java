package org.tnracademy.exercises.spans;

/** A span the learner marked: characters [start, end) of a post's text, with a category. */
public record MarkedSpan(String postId, int start, int end, String category) implements Span {
}
