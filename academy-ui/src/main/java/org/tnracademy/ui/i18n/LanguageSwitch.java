package org.tnracademy.ui.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/** Switches the interface language for this session; the page reloads in the new language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(AcademyI18NProvider.LANGUAGES);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        setAriaLabel(getTranslation("language.switch"));
        setId("language-switch");
        setWidth("9rem");
        Locale current = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        setValue(AcademyI18NProvider.LANGUAGES.stream().filter(l -> l.getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                // an exercise page first hands its unsent typing to the server (see DraftKeeper)
                UI.getCurrent().getPage().executeJs("""
                        const draft = window.__academyDraft;
                        (draft && draft.flush ? draft.flush() : Promise.resolve())
                          .catch(() => {}).finally(() => location.reload());""");
            }
        });
    }
}
