package org.tnracademy.ui.notification;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.notification.LearnerNotification;
import org.tnracademy.core.notification.NotificationService;
import org.tnracademy.ui.catalog.CourseView;
import org.tnracademy.ui.exercise.ExerciseView;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;

/**
 * The learner's notifications, newest first, unread ones marked; opening the page counts them as
 * read. The newest 100 are shown, with a button for older ones.
 */
@Route("notifications")
@RolesAllowed("LEARNER")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 100;

    private final NotificationService notifications;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private int shown;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        add(new H2(getTranslation("notifications.title")));
        list.setId("notifications");
        list.getStyle().set("padding-left", "0").set("list-style", "none").set("width", "100%")
                .set("max-width", "48rem");
        more.setText(getTranslation("notifications.more"));
        more.setId("notifications-more");
        more.addClickListener(e -> page());
        page();
        if (shown == 0) {
            Paragraph none = new Paragraph(getTranslation("notifications.none"));
            none.setId("notifications-none");
            add(none);
        }
        add(list, more);
        notifications.markAllRead();
    }

    private void page() {
        List<LearnerNotification> next = notifications.mine(shown, PAGE);
        next.forEach(n -> list.add(item(n)));
        shown += next.size();
        more.setVisible(next.size() == PAGE);
    }

    private ListItem item(LearnerNotification n) {
        ListItem item = new ListItem();
        item.addClassName("notification");
        item.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (!n.read()) {
            Span unread = new Span(getTranslation("notifications.new"));
            unread.getElement().getThemeList().add("badge primary small");
            unread.getStyle().set("margin-right", "var(--lumo-space-s)");
            item.add(unread);
        }
        item.add(new Span(NotificationTexts.sentence(this, n)));
        Div when = new Div(Formats.inZone(n.createdAt(), getLocale(), UserTimeZone.current()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        item.add(when);
        Component link = link(n);
        if (link != null) {
            item.add(link);
        }
        return item;
    }

    private RouterLink link(LearnerNotification n) {
        if (n.target() == null) {
            return null;
        }
        return switch (n.target()) {
            case EXERCISE -> new RouterLink(getTranslation("notifications.open-exercise"), ExerciseView.class,
                    new RouteParameters("exerciseId", String.valueOf(n.targetId())));
            case COURSE -> new RouterLink(getTranslation("notifications.open-course"), CourseView.class,
                    new RouteParameters("courseId", String.valueOf(n.targetId())));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.title");
    }
}
