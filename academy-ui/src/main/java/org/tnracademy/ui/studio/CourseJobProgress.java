package org.tnracademy.ui.studio;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tnracademy.core.background.CourseBusyException;
import org.tnracademy.core.background.CourseJobs;

/**
 * A publication or regrade shown while it runs off the request (see {@link CourseJobs}): a progress
 * bar with what is being done, the page clickable meanwhile, and the outcome pushed to the page when
 * it is in. A second one of the same course is refused at once, in words.
 */
public class CourseJobProgress extends HorizontalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(CourseJobProgress.class);

    private final ProgressBar bar = new ProgressBar();
    private final Span doing = new Span();

    public CourseJobProgress(String id) {
        setId(id);
        bar.setIndeterminate(true);
        bar.setWidth("12rem");
        doing.setId(id + "-text");
        doing.getElement().setAttribute("role", "status");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(bar, doing);
        setVisible(false);
    }

    /**
     * Starts {@code work} for the course and shows {@code what} (a translation key) until it ends;
     * then calls {@code done} with its result or {@code failed} with what it threw, in the page.
     * A refusal because the course is busy goes to {@code failed} at once.
     */
    public <T> void run(CourseJobs jobs, long courseId, String what, Supplier<T> work, Consumer<T> done,
                        Consumer<RuntimeException> failed) {
        UI ui = UI.getCurrent();
        CompletableFuture<T> result;
        try {
            result = jobs.start(courseId, work);
        } catch (CourseBusyException busy) {
            failed.accept(busy);
            return;
        }
        if (result.isDone()) {
            // run in the caller's thread (academy.course-jobs.async=false): no push needed
            end(result, done, failed);
            return;
        }
        doing.setText(getTranslation(what));
        bar.getElement().setAttribute("aria-label", getTranslation(what));
        setVisible(true);
        result.whenComplete((value, error) -> {
            try {
                ui.access(() -> end(result, done, failed));
            } catch (UIDetachedException gone) {
                // the page was closed: the work is done and stored all the same
            }
        });
    }

    /**
     * Words for a publication or regrade that ended otherwise than its page knows how to say: the
     * course was busy, or something failed (logged for operators; the work is one transaction, so
     * nothing of it was stored).
     */
    public static String failure(Component page, RuntimeException failure) {
        if (failure instanceof CourseBusyException) {
            return page.getTranslation("jobs.busy");
        }
        LOG.error("A publication or regrade failed", failure);
        return page.getTranslation("jobs.failed");
    }

    private <T> void end(CompletableFuture<T> result, Consumer<T> done, Consumer<RuntimeException> failed) {
        setVisible(false);
        T value;
        try {
            value = result.join();
        } catch (CompletionException e) {
            failed.accept(e.getCause() instanceof RuntimeException r ? r : e);
            return;
        }
        done.accept(value);
    }
}
