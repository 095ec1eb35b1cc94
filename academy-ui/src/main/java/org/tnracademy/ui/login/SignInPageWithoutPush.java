package org.tnracademy.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * A page loaded at the sign-in address opens no push connection. The sign-in page never updates on
 * its own (the form posts and the page reloads; so does the language switch), yet each arriving
 * learner's browser opened a push websocket for it, closed again a second later: the handshake,
 * the security filter chain and Atmosphere's resource were part of every arrival's cost
 * (docs/benchmarks.md, "The CPU an arrival costs"). Push comes back if that page's UI goes on to
 * another view without a reload.
 */
@Component
class SignInPageWithoutPush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            // the bootstrap's init request names the page the browser loaded
            if (request != null && LoginView.ROUTE.equals(request.getParameter("location"))) {
                // not at once: the bootstrap applies the app shell's @Push after the init listeners
                UI ui = init.getUI();
                ui.beforeClientResponse(ui, context -> withoutPushWhileSigningIn(ui));
            }
        });
    }

    private static void withoutPushWhileSigningIn(UI ui) {
        PushMode usual = ui.getPushConfiguration().getPushMode();
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
        ui.addAfterNavigationListener(navigated -> {
            boolean signingIn = navigated.getActiveChain().stream().anyMatch(LoginView.class::isInstance);
            if (!signingIn && ui.getPushConfiguration().getPushMode() != usual) {
                ui.getPushConfiguration().setPushMode(usual);
            }
        });
    }
}
