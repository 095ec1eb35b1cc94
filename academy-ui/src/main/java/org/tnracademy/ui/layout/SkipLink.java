package org.tnracademy.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to content": the first thing a keyboard reaches on every signed-in page, hidden until it
 * has focus, and moving focus past the header and the menu to the page's {@code main} landmark.
 */
final class SkipLink extends Anchor {

    static final String TARGET_ID = "main-content";

    SkipLink() {
        super("#" + TARGET_ID, "");
        setText(getTranslation("accessibility.skip-to-content"));
        setId("skip-to-content");
        addClassName("academy-skip-link");
        // the browser, not the router, follows it; focus moves so that the next Tab starts in the page
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  const main = document.getElementById($0);
                  if (main) { e.preventDefault(); main.focus(); }
                });""", TARGET_ID);
    }

    /** Puts the link before everything else of the layout's top bar, so that it comes first in tab order. */
    static void addFirst(AppLayout layout) {
        SkipLink link = new SkipLink();
        link.getElement().setAttribute("slot", "navbar");
        layout.getElement().insertChild(0, link.getElement());
    }
}
