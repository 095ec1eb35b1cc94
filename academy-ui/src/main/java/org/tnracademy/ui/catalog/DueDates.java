package org.tnracademy.ui.catalog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.tnracademy.core.cohort.CourseDueDate;
import org.tnracademy.ui.i18n.Formats;

/** When a course is due for the learner, per cohort that assigned it: on its card and its page. */
final class DueDates {

    private DueDates() {
    }

    /** Null when no cohort of the learner has the course. */
    static Div of(Component page, long courseId, List<CourseDueDate> mine) {
        List<CourseDueDate> dates = mine.stream().filter(d -> d.courseId() == courseId).toList();
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Div box = new Div();
        box.setId("due-" + courseId);
        box.addClassName("course-due");
        for (CourseDueDate d : dates) {
            box.add(new Div(page.getTranslation(d.dueOn().isBefore(today) ? "course.was-due" : "course.due",
                    Formats.day(d.dueOn(), UI.getCurrent().getLocale()), d.cohortName())));
        }
        return box;
    }
}
