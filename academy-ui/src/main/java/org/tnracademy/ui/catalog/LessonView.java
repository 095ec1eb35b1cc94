package org.tnracademy.ui.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.tnracademy.ui.layout.TableRegions;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.LessonPage;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.ui.routing.RouteIds;

/**
 * A lesson, rendered from Markdown to sanitised HTML, with where it stands in its course: the
 * previous and next step, and "mark as read", which counts it as done and offers the next step.
 */
@Route("lessons/:lessonId")
@RolesAllowed("LEARNER")
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final ProgressService progress;
    private String title = "";
    private long lessonId;
    private final Button markRead = new Button();
    private final Span readMark = new Span();

    public LessonView(CatalogService catalog, ProgressService progress) {
        this.catalog = catalog;
        this.progress = progress;
        markRead.setId("mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markRead.addClickListener(e -> markRead());
        readMark.setId("read-mark");
        readMark.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lessonId = RouteIds.required(event, "lessonId");
        LessonPage lesson = catalog.lesson(lessonId, getLocale()).orElseThrow(NotFoundException::new);
        LearnerProgress.Course course = progress.myCourse(lesson.courseId()).orElseThrow(NotFoundException::new);
        LearnerProgress.Neighbours around = course.neighbours(false, lesson.id());
        removeAll();
        title = lesson.title().in(getLocale());
        add(new RouterLink(lesson.courseTitle().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", String.valueOf(lesson.courseId()))));
        Span where = new Span(getTranslation("lesson.step-of", around.position(), around.of()));
        where.setId("lesson-position");
        add(new H2(title), new Span(getTranslation("course.lesson-minutes", lesson.minutes())), where);
        if (lesson.contentNote() != null) {
            Div note = new Div(getTranslation("lesson.content-note") + " " + lesson.contentNote().in(getLocale()));
            note.addClassName("academy-note");
            note.setId("content-note");
            add(note);
        }
        Div body = new Div();
        body.addClassName("academy-lesson");
        body.setId("lesson-body");
        // already sanitised by the core's MarkdownRenderer: no script or handler survives
        body.getElement().setProperty("innerHTML", lesson.safeHtml());
        TableRegions.scrollInPlace(body, lesson.safeHtml());
        add(body);
        showRead(progress.isLessonRead(lesson.id()));
        HorizontalLayout reading = new HorizontalLayout(markRead, readMark);
        reading.setAlignItems(FlexComponent.Alignment.CENTER);
        add(reading, steps(around));
    }

    private void markRead() {
        progress.markLessonRead(lessonId);
        showRead(true);
    }

    private void showRead(boolean read) {
        markRead.setVisible(!read);
        markRead.setText(getTranslation("lesson.mark-read"));
        readMark.setText(read ? getTranslation("lesson.read") : "");
        readMark.setVisible(read);
    }

    /** Previous and next step of the course, as links a keyboard reaches in reading order. */
    private Nav steps(LearnerProgress.Neighbours around) {
        Nav nav = new Nav();
        nav.setId("lesson-steps");
        nav.getElement().setAttribute("aria-label", getTranslation("lesson.steps"));
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("justify-content", "space-between").set("width", "100%");
        if (around.previous() != null) {
            RouterLink previous = StepLinks.to(getTranslation("lesson.previous", around.previous().title()
                    .in(getLocale())), around.previous());
            previous.setId("previous-step");
            previous.addComponentAsFirst(decoration(VaadinIcon.ARROW_LEFT));
            nav.add(previous);
        } else {
            nav.add(new Span());
        }
        if (around.next() != null) {
            RouterLink next = StepLinks.to(getTranslation("lesson.next", around.next().title().in(getLocale())),
                    around.next());
            next.setId("next-step");
            next.add(decoration(VaadinIcon.ARROW_RIGHT));
            nav.add(next);
        } else {
            Span end = new Span(getTranslation("lesson.course-end"));
            end.setId("course-end");
            nav.add(end);
        }
        return nav;
    }

    private static com.vaadin.flow.component.icon.Icon decoration(VaadinIcon icon) {
        var i = icon.create();
        i.setSize("var(--lumo-icon-size-s)");
        i.getElement().setAttribute("aria-hidden", "true");
        return i;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
