package org.tnracademy.ui.cohort;

import com.vaadin.flow.component.html.Span;

/**
 * A grid header whose whole text is read: it wraps over lines in a column narrower than the text
 * (exercise titles in a gradebook), and the pointer's tooltip repeats it.
 */
final class WrappedHeader {

    private WrappedHeader() {
    }

    static Span of(String text) {
        Span header = new Span(text);
        header.addClassName("academy-wrapped-header");
        header.getElement().setAttribute("title", text);
        return header;
    }
}
