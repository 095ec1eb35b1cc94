package org.tnracademy.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tnracademy.core.notification.NotificationService;

/**
 * The header's bell: how many notifications are unread, leading to the notifications page. Its
 * count is read by {@link #refresh()}, which the frame calls after each navigation, the first
 * included: reading it here as well cost every page load a second round of the same three queries.
 */
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span count = new Span();
    /** The count the bell shows, so a navigation that finds the same count changes nothing. */
    private long shown = -1;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setId("notifications-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        setIcon(icon);
        count.setId("notifications-unread");
        count.getElement().getThemeList().add("badge pill small primary");
        count.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    /** Reads the unread count again (after each navigation). */
    public void refresh() {
        long unread = notifications.unreadCount();
        if (unread == shown) {
            return;
        }
        shown = unread;
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
        getElement().setAttribute("title", getTranslation("notifications.bell", unread));
    }
}
