package org.tnracademy.ui.instructor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;

/** Instructors' overview of every course, module, lesson and exercise (read-only for now). */
@Route("instructor/courses")
@RolesAllowed("INSTRUCTOR")
public class InstructorCoursesView extends VerticalLayout implements HasDynamicTitle {

    public InstructorCoursesView(CatalogService catalog) {
        add(new H2(getTranslation("instructor.title")), new Paragraph(getTranslation("instructor.read-only")));
        for (CourseOutline course : catalog.outlines()) {
            add(new H3(course.title().in(getLocale()) + " (" + course.slug() + ")"));
            for (CourseOutline.Module m : course.modules()) {
                add(new H4(m.title().in(getLocale())), steps(m));
            }
        }
    }

    private Grid<CourseOutline.Step> steps(CourseOutline.Module module) {
        Grid<CourseOutline.Step> grid = new Grid<>();
        grid.addClassName("instructor-steps");
        grid.addColumn(s -> getTranslation(s.kind() == CourseOutline.StepKind.LESSON
                ? "progress.kind.lesson" : "progress.kind.exercise")).setHeader(getTranslation("progress.kind"))
                .setAutoWidth(true);
        grid.addColumn(CourseOutline.Step::slug).setHeader(getTranslation("instructor.id")).setAutoWidth(true);
        grid.addColumn(s -> s.title().in(getLocale())).setHeader(getTranslation("progress.step")).setFlexGrow(3);
        grid.addColumn(s -> s.kind() == CourseOutline.StepKind.LESSON
                ? getTranslation("course.lesson-minutes", s.minutes())
                : getTranslation("instructor.exercise-detail", getTranslation("exercise.type." + s.exerciseType()),
                s.version(), s.itemCount(), s.maxAttempts()))
                .setHeader(getTranslation("instructor.detail")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            if (s.kind() != CourseOutline.StepKind.EXERCISE) {
                return new Span();
            }
            RouterLink key = new RouterLink(getTranslation("ins.courses.answer-key"), AnswerKeyView.class,
                    new RouteParameters("exerciseId", String.valueOf(s.id())));
            key.setId("answer-key-" + s.id());
            return key;
        }).setHeader(getTranslation("ins.courses.answer-key-header")).setAutoWidth(true);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(module.steps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instructor.title") + " | " + getTranslation("app.title");
    }
}
