package org.tnracademy.ui.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import org.tnracademy.core.progress.LearnerProgress;

/**
 * A learner's progress through a course as a labelled bar with the steps done, and the step to
 * go on with ("Continue: ..."), on the catalogue card and the course page alike.
 */
final class CourseProgress {

    private CourseProgress() {
    }

    static Div of(Component page, LearnerProgress.Course course) {
        Div box = new Div();
        box.addClassName("course-progress");
        String done = page.getTranslation("progress.done", course.done(), course.steps().size());
        ProgressBar bar = new ProgressBar(0, Math.max(1, course.steps().size()), course.done());
        bar.setId("course-progress-" + course.courseId());
        bar.getElement().setAttribute("aria-label", done);
        bar.setWidth("min(24rem, 100%)");
        Span text = new Span(done);
        text.setId("course-done-" + course.courseId());
        box.add(bar, text);
        course.resume().ifPresentOrElse(step -> {
            RouterLink next = StepLinks.to(page.getTranslation(course.done() == 0 ? "course.start" : "course.continue",
                    step.title().in(UI.getCurrent().getLocale())), step);
            next.setId("resume-" + course.courseId());
            next.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-xs)");
            box.add(next);
        }, () -> {
            Span all = new Span(page.getTranslation(course.steps().stream()
                    .anyMatch(s -> s.status() == LearnerProgress.StepStatus.AWAITING_GRADING)
                    ? "course.all-done-awaiting" : "course.all-done"));
            all.setId("resume-" + course.courseId());
            all.getStyle().set("display", "block");
            box.add(all);
        });
        return box;
    }
}
