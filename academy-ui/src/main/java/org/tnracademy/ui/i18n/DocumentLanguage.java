package org.tnracademy.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The page's {@code lang} attribute follows the interface language, so that screen readers read
 * French as French; set on every navigation (a language switch reloads the page).
 */
@Component
class DocumentLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> ui.getPage()
                    .executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage()));
        });
    }
}
