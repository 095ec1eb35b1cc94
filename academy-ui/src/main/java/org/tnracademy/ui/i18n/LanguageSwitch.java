package org.tnracademy.ui.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/**
 * Switches the interface language; the page reloads in the new language. The choice is the
 * person's (see {@link AccountLanguage}): remembered for their next sessions once they are signed in.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(AccountLanguage languages) {
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
                languages.choose(e.getValue());
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
