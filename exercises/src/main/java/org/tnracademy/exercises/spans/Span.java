package org.tnracademy.exercises.spans;

/** Characters [start, end) of one post's text, with a category: what a key and an answer both mark. */
public sealed interface Span permits KeySpan, MarkedSpan {

    String postId();

    int start();

    int end();

    String category();

    default int length() {
        return end() - start();
    }
}
