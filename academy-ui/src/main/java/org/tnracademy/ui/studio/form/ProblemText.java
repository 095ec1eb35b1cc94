package org.tnracademy.ui.studio.form;

import java.util.List;

import com.vaadin.flow.component.html.Span;

/** The error line of a node that is not a field itself (a list, an object, a checkbox). */
final class ProblemText {

    private ProblemText() {
    }

    static Span span() {
        Span span = new Span();
        span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        span.getElement().setAttribute("role", "alert");
        span.setVisible(false);
        return span;
    }

    static void show(Span span, List<String> messages) {
        span.setText(String.join("; ", messages));
        span.setVisible(!messages.isEmpty());
    }
}
