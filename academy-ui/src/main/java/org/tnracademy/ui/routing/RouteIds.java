package org.tnracademy.ui.routing;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** Reads a numeric id from the URL; anything else is "not found", never a stack trace. */
public final class RouteIds {

    private RouteIds() {
    }

    public static long required(BeforeEnterEvent event, String parameter) {
        String raw = event.getRouteParameters().get(parameter).orElse("");
        try {
            long id = Long.parseLong(raw);
            if (id <= 0) {
                throw new NotFoundException("Not a valid id: " + raw);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new NotFoundException("Not a valid id: " + raw);
        }
    }
}
