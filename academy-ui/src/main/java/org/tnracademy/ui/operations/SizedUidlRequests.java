package org.tnracademy.ui.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SizedUidlRequestHandler} in front of Vaadin's UIDL handler: Vaadin asks the handlers
 * added here before its own, so its own never sees a UIDL request.
 */
@Component
class SizedUidlRequests implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new SizedUidlRequestHandler());
    }
}
