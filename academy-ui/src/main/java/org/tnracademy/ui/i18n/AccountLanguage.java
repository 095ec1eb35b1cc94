package org.tnracademy.ui.i18n;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.AccountSelfService;

/**
 * The interface language follows the person, not the browser: the language they last chose is
 * remembered on their account and applied when they sign in, on any device. A choice made on the
 * sign-in page, before anyone is known, becomes theirs at sign-in. Dates and numbers follow the
 * browser's region of that language ({@link BrowserRegion}).
 */
@Component
public class AccountLanguage implements VaadinServiceInitListener {

    /** Session attribute: the account's language was applied (or a choice saved) for this session. */
    private static final String SETTLED = AccountLanguage.class.getName() + ".settled";
    /**
     * HTTP session attribute: the code of the language chosen before signing in (on the sign-in
     * page, which has no Vaadin session). Signing in keeps the session's attributes.
     */
    private static final String CHOSEN_SIGNED_OUT = AccountLanguage.class.getName() + ".chosen";

    private final AccountSelfService self;
    private final AuthenticationContext auth;

    AccountLanguage(AccountSelfService self, AuthenticationContext auth) {
        this.self = self;
        this.auth = auth;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            settle(init.getUI());
            withBrowserRegion(init.getUI());
        });
    }

    /** Switches this session to {@code language} and, once someone is signed in, remembers it for them. */
    public void choose(Locale language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(language);
        if (auth.isAuthenticated()) {
            try {
                self.rememberMyInterfaceLanguage(language.getLanguage());
            } catch (AuthenticationCredentialsNotFoundException noAccountYet) {
                // nothing to remember it on: this session keeps it
            }
        } else {
            session.getSession().setAttribute(CHOSEN_SIGNED_OUT, language.getLanguage());
        }
    }

    /** Keeps a language chosen before anyone signed in, for the account that signs in on this session. */
    public static void chooseBeforeSignIn(HttpSession session, Locale language) {
        session.setAttribute(CHOSEN_SIGNED_OUT, language.getLanguage());
    }

    /** The code of the language chosen on this session before signing in, if any. */
    public static Optional<String> chosenBeforeSignIn(HttpSession session) {
        return session != null && session.getAttribute(CHOSEN_SIGNED_OUT) instanceof String code
                ? Optional.of(code) : Optional.empty();
    }

    /** The language stays the person's; dates and numbers are written in their browser's region of it. */
    private static void withBrowserRegion(UI ui) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            ui.setLocale(BrowserRegion.of(ui.getLocale(), request.getLocales().asIterator()));
        }
    }

    private void settle(UI ui) {
        VaadinSession session = ui.getSession();
        if (!auth.isAuthenticated() || session.getAttribute(SETTLED) != null) {
            return;
        }
        Optional<Locale> remembered;
        try {
            Optional<Locale> chosen = session.getSession().getAttribute(CHOSEN_SIGNED_OUT) instanceof String code
                    ? AcademyI18NProvider.offered(code) : Optional.empty();
            if (chosen.isPresent()) {
                self.rememberMyInterfaceLanguage(chosen.get().getLanguage());
                session.getSession().removeAttribute(CHOSEN_SIGNED_OUT);
                remembered = chosen;
            } else {
                remembered = self.myInterfaceLanguage().flatMap(AcademyI18NProvider::offered);
            }
        } catch (AuthenticationCredentialsNotFoundException noAccountYet) {
            // signed in under a name the academy keeps no account for (yet): the browser's language
            // stays, and the next page tries again
            return;
        }
        session.setAttribute(SETTLED, Boolean.TRUE);
        remembered.ifPresent(language -> {
            session.setLocale(language);
            ui.setLocale(language);
        });
    }
}
