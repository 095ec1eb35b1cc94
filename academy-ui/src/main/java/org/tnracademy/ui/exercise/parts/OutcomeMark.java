package org.tnracademy.ui.exercise.parts;

import com.vaadin.flow.component.html.Span;

/** A ✓, ✗ or ≈ before an item of feedback, read out by screen readers as a word, not a glyph. */
public final class OutcomeMark {

    /** How an item of feedback went. */
    public enum Outcome { RIGHT, PARTLY, WRONG }

    private OutcomeMark() {
    }

    /** @param spokenText what a screen reader says for the mark, already translated */
    public static Span of(Outcome outcome, String spokenText) {
        Span mark = new Span(switch (outcome) {
            case RIGHT -> "✓";
            case PARTLY -> "≈";
            case WRONG -> "✗";
        });
        mark.addClassName(switch (outcome) {
            case RIGHT -> "academy-correct";
            case PARTLY -> "academy-partly";
            case WRONG -> "academy-wrong";
        });
        mark.getElement().setAttribute("role", "img");
        mark.getElement().setAttribute("aria-label", spokenText);
        return mark;
    }
}
