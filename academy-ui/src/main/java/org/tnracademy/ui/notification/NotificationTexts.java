package org.tnracademy.ui.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import org.tnracademy.core.notification.LearnerNotification;
import org.tnracademy.ui.i18n.Formats;

/** A notification in a sentence of the reader's language. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String sentence(Component page, LearnerNotification n) {
        String title = n.title().in(UI.getCurrent().getLocale());
        return switch (n.kind()) {
            case GRADE_ARRIVED -> page.getTranslation("notifications.grade-arrived", title,
                    Formats.percent(n.score() == null ? 0 : n.score(), UI.getCurrent().getLocale()));
            case GRADE_CHANGED -> page.getTranslation("notifications.grade-changed", title);
            case COURSE_ASSIGNED -> n.dueOn() == null
                    ? page.getTranslation("notifications.course-assigned", title)
                    : page.getTranslation("notifications.course-assigned-due", title,
                    Formats.day(n.dueOn(), UI.getCurrent().getLocale()));
            case DUE_SOON -> page.getTranslation("notifications.due-soon", title,
                    Formats.day(n.dueOn(), UI.getCurrent().getLocale()));
        };
    }
}
