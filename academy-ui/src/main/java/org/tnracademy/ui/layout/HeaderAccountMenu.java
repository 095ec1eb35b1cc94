package org.tnracademy.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The header's menu button on a narrow screen (a phone): it shows and hides the header's account
 * part (signed-in user, password, language, sign-out), which styles.css hides there until opened
 * and shows inline on wider screens, where the button itself is hidden. One set of components
 * either way, so their ids and the language switch stay the same on every screen.
 */
final class HeaderAccountMenu {

    static final String OPEN = "account-open";

    private final Button toggle = new Button(VaadinIcon.USER.create());
    private Component header;
    private boolean open;

    /** The button, for the header whose account part it opens. */
    Button toggle(Component header) {
        this.header = header;
        toggle.setId("header-account-toggle");
        toggle.addClassName("academy-header-account-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        toggle.setAriaLabel(toggle.getTranslation("phone.header.account"));
        toggle.setTooltipText(toggle.getTranslation("phone.header.account"));
        toggle.getElement().setAttribute("aria-controls", "header-account");
        toggle.addClickListener(e -> set(!open));
        set(false);
        return toggle;
    }

    void close() {
        set(false);
    }

    boolean isOpen() {
        return open;
    }

    private void set(boolean open) {
        this.open = open;
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        if (header != null) {
            header.getElement().getClassList().set(OPEN, open);
        }
    }
}
