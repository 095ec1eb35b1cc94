package org.tnracademy.ui.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.tnracademy.core.account.BoundedPasswordEncoder;
import org.tnracademy.ui.i18n.AccountLanguage;
import org.tnracademy.ui.i18n.LanguageSwitch;

/** Sign-in with a local account. Lists the demo accounts when the demo setup is on. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(@Value("${academy.demo-accounts:false}") boolean demoAccounts, AccountLanguage languages) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        // the page's main landmark: the sign-in page has no application frame around it
        getElement().setAttribute("role", "main");

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.tagline")), form,
                new LanguageSwitch(languages));
        if (demoAccounts) {
            Div demo = new Div(getTranslation("login.demo-accounts"));
            demo.setId("demo-accounts");
            demo.getStyle().set("max-width", "24rem").set("color", "var(--lumo-secondary-text-color)");
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailureWasThrottled()) {
            // the password was not even checked: saying "wrong password" would send them guessing again
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            form.setI18n(i18n);
        } else if (failed && lastFailureWasBusy()) {
            i18n.getErrorMessage().setTitle(getTranslation("login.busy.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.busy.message"));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    /** Spring Security keeps the last sign-in refusal in the session; throttling refuses as a locked account. */
    static boolean lastFailureWasThrottled() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    /** The password could not be checked in time because too many sign-ins came at once. */
    static boolean lastFailureWasBusy() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null && session.getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof BoundedPasswordEncoder.PasswordHashingBusyException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}
