package org.tnracademy.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of error pages: a title, a sentence, and a way back. No stack trace, ever. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String titleKey, String messageKey) {
        removeAll();
        setId("error-page");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)),
                new Anchor("", getTranslation("error.back")));
    }
}
