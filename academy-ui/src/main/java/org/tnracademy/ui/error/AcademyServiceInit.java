package org.tnracademy.ui.error;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Two safety nets for every session: the session-expired and internal-error banners speak the
 * user's language, and an error in a click handler becomes a message, never a stack trace.
 */
@Component
class AcademyServiceInit implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(AcademyServiceInit.class);

    private I18NProvider i18n;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        i18n = event.getSource().getInstantiator().getI18NProvider();
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private CustomizedSystemMessages messages(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        // tell people why the page changes, instead of silently reloading to the sign-in page
        m.setSessionExpiredNotificationEnabled(true);
        m.setSessionExpiredCaption(i18n.getTranslation("session.expired.caption", l));
        m.setSessionExpiredMessage(i18n.getTranslation("session.expired.message", l));
        m.setCookiesDisabledCaption(i18n.getTranslation("cookies.disabled.caption", l));
        m.setCookiesDisabledMessage(i18n.getTranslation("cookies.disabled.message", l));
        m.setInternalErrorCaption(i18n.getTranslation("error.internal.title", l));
        m.setInternalErrorMessage(i18n.getTranslation("error.internal.message", l));
        return m;
    }

    private void handle(ErrorEvent error) {
        Throwable t = error.getThrowable();
        boolean denied = t instanceof AccessDeniedException || t.getCause() instanceof AccessDeniedException;
        if (!denied) {
            log.error("Unhandled error in the user interface", t);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Locale l = ui.getLocale();
            Notification n = Notification.show(i18n.getTranslation(denied ? "error.denied.message"
                    : "error.action-failed", l), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
