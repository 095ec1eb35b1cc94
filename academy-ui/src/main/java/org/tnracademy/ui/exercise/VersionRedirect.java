package org.tnracademy.ui.exercise;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import org.tnracademy.core.catalog.ExerciseAvailability;
import org.tnracademy.ui.catalog.CourseView;

/**
 * Leads a learner who opened an exercise version that no longer takes attempts (an old address,
 * a bookmark) to where they belong, with a short notice: the current version of the exercise, or
 * the course when the exercise was retired from it. The core decides which version is current
 * ({@code CatalogService.availability}) and refuses attempts on the others whatever the page does.
 */
final class VersionRedirect {

    static final String NOTICE_ID = "version-notice";

    private VersionRedirect() {
    }

    /** @return true when the navigation was forwarded elsewhere: the page must not build itself */
    static boolean leadAway(BeforeEnterEvent event, ExerciseAvailability availability) {
        switch (availability.state()) {
            case CURRENT -> {
                return false;
            }
            case SUPERSEDED -> {
                event.forwardTo(ExerciseView.class,
                        new RouteParameters("exerciseId", String.valueOf(availability.currentExerciseId())));
                notice(event, "withheld.exercise.superseded");
            }
            case WITHDRAWN -> {
                event.forwardTo(CourseView.class,
                        new RouteParameters("courseId", String.valueOf(availability.courseId())));
                notice(event, "withheld.exercise.withdrawn");
            }
        }
        return true;
    }

    private static void notice(BeforeEnterEvent event, String key) {
        Notification notice = Notification.show(event.getUI().getTranslation(key), 8000,
                Notification.Position.TOP_CENTER);
        notice.setId(NOTICE_ID);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
