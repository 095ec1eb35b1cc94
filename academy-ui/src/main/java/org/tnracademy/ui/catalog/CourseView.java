package org.tnracademy.ui.catalog;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.LearnerCohorts;
import org.tnracademy.core.progress.CourseWithProgress;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
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
        mine.steps().forEach(s -> marks.put(CourseStepList.key(s.exercise(), s.id()), s));
        removeAll();
        title = course.title().in(getLocale());
        add(new H2(title), new Paragraph(course.summary().in(getLocale())), CourseProgress.of(this, mine));
        Div due = DueDates.of(this, id, cohorts.myDueDates());
        if (due != null) {
            add(due);
        }
        for (CourseOutline.Module m : course.modules()) {
            add(new H3(m.title().in(getLocale())), CourseStepList.of(this, getLocale(), m, marks));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
