package org.tnracademy.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Anything unexpected while opening a page: logged for us, a plain sentence for the user. */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof AccessDeniedException) {
            // a service refused the call (method security): same answer as a refused page
            show("error.denied.title", "error.denied.message");
            return HttpServletResponse.SC_FORBIDDEN;
        }
        log.error("Error while opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.internal.title", "error.internal.message");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
