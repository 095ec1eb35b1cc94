package org.tnracademy.ui.exercise.parts;

import com.vaadin.flow.component.html.Span;

/**
 * Said in place of an expected answer and its explanation until the learner's last attempt, so
 * that the attempts left stay a test rather than a copy of the key.
 */
public final class KeyHiddenNote {

    private KeyHiddenNote() {
    }

    public static Span create() {
        Span note = new Span();
        note.setText(note.getTranslation("answer-feedback.key-hidden"));
        note.addClassName("academy-key-hidden");
        return note;
    }

    /**
     * Said where a part of the feedback is left out because the core withheld it (a breakdown over
     * the key, the items of the key not given), id {@code key-withheld}.
     */
    public static Span withheld(String messageKey) {
        Span note = new Span();
        note.setText(note.getTranslation(messageKey));
        note.addClassName("academy-key-hidden");
        note.setId("key-withheld");
        return note;
    }
}
