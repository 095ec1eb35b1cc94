package org.tnracademy.ui.progress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.ui.i18n.Formats;

/** "My progress": per course, lessons read and exercises scored. */
@Route("progress")
@RolesAllowed("LEARNER")
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    public ProgressView(ProgressService progress) {
        add(new H2(getTranslation("progress.title")));
        for (LearnerProgress.Course course : progress.myProgress().courses()) {
            add(new H3(course.title().in(getLocale())));
            ProgressBar bar = new ProgressBar(0, Math.max(1, course.steps().size()), course.done());
            bar.setWidth("24rem");
            add(bar, new Span(getTranslation("progress.done", course.done(), course.steps().size())));
            add(steps(course));
        }
    }

    private Grid<LearnerProgress.Step> steps(LearnerProgress.Course course) {
        Grid<LearnerProgress.Step> grid = new Grid<>();
        grid.addClassName("progress-steps");
        grid.addColumn(s -> getTranslation(s.exercise() ? "progress.kind.exercise" : "progress.kind.lesson"))
                .setHeader(getTranslation("progress.kind")).setAutoWidth(true);
        grid.addColumn(s -> s.title().in(getLocale())).setHeader(getTranslation("progress.step")).setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("progress.status")).setAutoWidth(true);
        grid.addColumn(s -> s.score() == null ? "" : Formats.percent(s.score(), getLocale()))
                .setHeader(getTranslation("progress.best-score")).setAutoWidth(true);
        grid.addColumn(s -> s.exercise() ? getTranslation("progress.attempts", s.attempts(), s.maxAttempts()) : "")
                .setHeader(getTranslation("progress.attempts-header")).setAutoWidth(true);
        grid.addColumn(s -> Formats.utc(s.when(), getLocale())).setHeader(getTranslation("progress.when"))
                .setAutoWidth(true);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(course.steps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String status(LearnerProgress.Step s) {
        if (!s.done()) {
            return getTranslation("progress.status.todo");
        }
        return getTranslation(s.exercise() ? "progress.status.scored" : "progress.status.read");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " | " + getTranslation("app.title");
    }
}
