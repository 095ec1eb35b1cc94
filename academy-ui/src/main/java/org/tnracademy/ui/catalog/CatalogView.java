package org.tnracademy.ui.catalog;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.cohort.CourseDueDate;
import org.tnracademy.core.cohort.LearnerCohorts;
import org.tnracademy.core.progress.CourseWithProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.exercises.curriculum.CourseLevel;

/** The course catalogue an analyst starts from. */
@Route("courses")
@RolesAllowed("LEARNER")
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    public CatalogView(ProgressService progress, LearnerCohorts cohorts) {
        add(new H2(getTranslation("catalog.title")));
        // the cards and the learner's progress come from one outline of the courses
        List<CourseWithProgress> courses = progress.myCourses();
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("catalog.empty")));
        }
        List<CourseDueDate> due = cohorts.myDueDates();
        for (CourseWithProgress course : courses) {
            CourseCard c = CourseCard.of(course.outline());
            Div card = card(c);
            Div dueDates = DueDates.of(this, c.id(), due);
            if (dueDates != null) {
                card.add(dueDates);
            }
            card.add(CourseProgress.of(this, course.progress()));
            add(card);
        }
    }

    private Div card(CourseCard c) {
        Div card = new Div();
        card.addClassName("course-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("max-width", "48rem");
        RouterLink link = new RouterLink(c.title().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", String.valueOf(c.id())));
        link.setId("course-" + c.slug());
        card.add(new H3(link), new Paragraph(c.summary().in(getLocale())),
                new Span(getTranslation(CourseLevel.i18nKey(c.level())) + " · "
                        + getTranslation("catalog.counts", c.lessonCount(), c.exerciseCount())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " | " + getTranslation("app.title");
    }
}
