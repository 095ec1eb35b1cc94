package org.tnracademy.ui.catalog;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
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
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.LearnerCohorts;
import org.tnracademy.core.progress.CourseWithProgress;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.ui.exercise.ExerciseView;
import org.tnracademy.ui.progress.StepMarks;
import org.tnracademy.ui.routing.RouteIds;

/**
 * One course: the learner's progress through it and where to go on, then its modules with their
 * lessons and exercises in order, each marked to do, read, scored or awaiting grading.
 */
@Route("courses/:courseId")
@RolesAllowed("LEARNER")
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private final LearnerCohorts cohorts;
    private String title = "";

    public CourseView(ProgressService progress, LearnerCohorts cohorts) {
        this.progress = progress;
        this.cohorts = cohorts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "courseId");
        CourseWithProgress found = progress.myCourseOutline(id).orElseThrow(NotFoundException::new);
        CourseOutline course = found.outline();
        LearnerProgress.Course mine = found.progress();
        Map<String, LearnerProgress.Step> marks = new HashMap<>();
        mine.steps().forEach(s -> marks.put(key(s.exercise(), s.id()), s));
        removeAll();
        title = course.title().in(getLocale());
        add(new H2(title), new Paragraph(course.summary().in(getLocale())), CourseProgress.of(this, mine));
        Div due = DueDates.of(this, id, cohorts.myDueDates());
        if (due != null) {
            add(due);
        }
        for (CourseOutline.Module m : course.modules()) {
            add(new H3(m.title().in(getLocale())));
            OrderedList steps = new OrderedList();
            for (CourseOutline.Step s : m.steps()) {
                // the detail in a span of its own: as a bare text node beside the link, axe counts the link as
                // one inside running text, which then needs an underline or a 3:1 contrast with that text
                ListItem item = new ListItem(link(s), new Span(" · " + detail(s) + " "));
                LearnerProgress.Step mark = marks.get(key(s.kind() == CourseOutline.StepKind.EXERCISE, s.id()));
                if (mark != null) {
                    item.add(StepMarks.badge(this, mark));
                }
                steps.add(item);
            }
            add(steps);
        }
    }

    private static String key(boolean exercise, long id) {
        return (exercise ? "e" : "l") + id;
    }

    private RouterLink link(CourseOutline.Step s) {
        RouterLink link = s.kind() == CourseOutline.StepKind.LESSON
                ? new RouterLink(s.title().in(getLocale()), LessonView.class,
                new RouteParameters("lessonId", String.valueOf(s.id())))
                : new RouterLink(s.title().in(getLocale()), ExerciseView.class,
                new RouteParameters("exerciseId", String.valueOf(s.id())));
        link.setId((s.kind() == CourseOutline.StepKind.LESSON ? "lesson-" : "exercise-") + s.slug());
        return link;
    }

    private String detail(CourseOutline.Step s) {
        return s.kind() == CourseOutline.StepKind.LESSON
                ? getTranslation("course.lesson-minutes", s.minutes())
                : s.itemCount() > 0 ? getTranslation("course.exercise-detail",
                getTranslation("exercise.type." + s.exerciseType()), s.itemCount())
                : getTranslation("exercise.type." + s.exerciseType());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
