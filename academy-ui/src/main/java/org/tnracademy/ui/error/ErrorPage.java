package org.tnracademy.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The common look of error pages: a title, a sentence, and a way back. No stack trace, ever. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String titleKey = "error.internal.title";

    protected void show(String titleKey, String messageKey) {
        this.titleKey = titleKey;
        removeAll();
        setId("error-page");
        // shown without the application frame: the page's main landmark itself
        getElement().setAttribute("role", "main");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)),
                new Anchor("", getTranslation("error.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.title");
    }
}
