package org.tnracademy.content.generator;

import java.util.List;

/** A post of the span exercise and the personal data it exposes (none for a hard negative). */
public record DoxingPost(String id, Language lang, String text, List<ExposedSpan> spans) {

    public DoxingPost {
        spans = List.copyOf(spans);
    }
}
