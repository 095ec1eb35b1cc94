package org.tnracademy.ui.catalog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.ui.routing.RouteIds;

/** A lesson, rendered from Markdown to sanitised HTML; opening it counts as reading it. */
@Route("lessons/:lessonId")
@RolesAllowed("LEARNER")
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final ProgressService progress;
    private String title = "";

    public LessonView(CatalogService catalog, ProgressService progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "lessonId");
        LessonPage lesson = catalog.lesson(id, getLocale()).orElseThrow(NotFoundException::new);
        progress.markLessonRead(lesson.id());
        removeAll();
        title = lesson.title().in(getLocale());
        add(new RouterLink(lesson.courseTitle().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", String.valueOf(lesson.courseId()))));
        add(new H2(title), new Span(getTranslation("course.lesson-minutes", lesson.minutes())));
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
        add(body);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
