package org.tnracademy.ui.i18n;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * The time zone of the person reading the page: their browser's (Vaadin's extended client details,
 * which the browser sends with the page), else the server's. Times of their own doings (a draft
 * saved, a notification, a submission) are shown in it; dataset times stay in UTC, where analysts
 * compare events across zones.
 */
public final class UserTimeZone {

    private UserTimeZone() {
    }

    /** The zone of the current page's browser; the server's zone outside a page or before the browser told it. */
    public static ZoneId current() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        return of(details == null ? null : details.getTimeZoneId());
    }

    /** A browser's zone id as a zone; the server's zone when the browser gave none or one Java does not know. */
    static ZoneId of(String browserZoneId) {
        if (browserZoneId != null && !browserZoneId.isBlank()) {
            try {
                return ZoneId.of(browserZoneId);
            } catch (DateTimeException unknownToJava) {
                // an id the browser knows and this JDK does not: the server's zone is the honest fallback
            }
        }
        return ZoneId.systemDefault();
    }
}
