package org.tnracademy.ui.lti;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tnracademy.core.lti.LaunchRefusedException;
import org.tnracademy.core.lti.LtiLaunches;

/** The page a refused LTI login or launch shows, in the person's language: what went wrong, what to do. */
@Component
class LtiPages {

    private final I18NProvider i18n;
    private final LtiLaunches launches;

    LtiPages(I18NProvider i18n, LtiLaunches launches) {
        this.i18n = i18n;
        this.launches = launches;
    }

    String refused(LaunchRefusedException.Reason reason, Locale requested) {
        Locale locale = i18n.getProvidedLocales().stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        String title = t("lti.refused.title", locale);
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " | "
                + t("app.title", locale) + "</title><style>body{font-family:system-ui,sans-serif;margin:2rem;"
                + "max-width:40rem;line-height:1.5;color:#1a1a1a}</style></head><body><main><h1>" + title + "</h1>"
                + "<p id=\"lti-refused-reason\" data-reason=\"" + reason.name() + "\">"
                + t("lti.refused." + reason.name(), locale) + "</p><p>" + t("lti.refused.next", locale)
                + "</p></main></body></html>";
    }

    /** The origins allowed to frame the refusal page ('none' when no platform is registered). */
    String registeredOrigins() {
        var origins = launches.platformOrigins();
        return origins.isEmpty() ? "'none'" : String.join(" ", origins);
    }

    private String t(String key, Locale locale) {
        return HtmlUtils.htmlEscape(i18n.getTranslation(key, locale), "UTF-8");
    }
}
