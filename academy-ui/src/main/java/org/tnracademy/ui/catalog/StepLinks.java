package org.tnracademy.ui.catalog;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.ui.exercise.ExerciseView;

/** A link to a step of a course, whichever its kind. */
final class StepLinks {

    private StepLinks() {
    }

    static RouterLink to(String text, LearnerProgress.Step step) {
        return step.exercise()
                ? new RouterLink(text, ExerciseView.class,
                new RouteParameters("exerciseId", String.valueOf(step.id())))
                : new RouterLink(text, LessonView.class, new RouteParameters("lessonId", String.valueOf(step.id())));
    }
}
