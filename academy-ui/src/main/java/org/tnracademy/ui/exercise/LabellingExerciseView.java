package org.tnracademy.ui.exercise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.ui.catalog.CourseView;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.routing.RouteIds;

/**
 * The item-labelling exercise: label the posts of a dataset, submit, read the feedback. The
 * labels live on the server in this view until submitted; the answer key never reaches the page.
 */
@Route("exercises/:exerciseId")
@RolesAllowed("LEARNER")
public class LabellingExerciseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final DatasetService datasets;
    private final GradingService grading;

    private final Map<String, String> labels = new LinkedHashMap<>();
    private ExerciseSheet sheet;
    private String submissionToken = UUID.randomUUID().toString();
    private final Span attemptsInfo = new Span();
    private final Button submit = new Button();
    private final VerticalLayout feedbackArea = new VerticalLayout();
    private int attemptsUsed;

    public LabellingExerciseView(CatalogService catalog, DatasetService datasets, GradingService grading) {
        this.catalog = catalog;
        this.datasets = datasets;
        this.grading = grading;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "exerciseId");
        sheet = catalog.exercise(id, getLocale()).orElseThrow(NotFoundException::new);
        if (!"item-labelling".equals(sheet.type()) || sheet.datasetId() == null) {
            throw new NotFoundException("Exercise type without a workspace yet: " + sheet.type());
        }
        removeAll();
        labels.clear();
        add(new RouterLink(sheet.courseTitle().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", String.valueOf(sheet.courseId()))));
        Div instructions = new Div();
        instructions.addClassName("academy-lesson");
        instructions.setId("instructions");
        // sanitised by the core's MarkdownRenderer
        instructions.getElement().setProperty("innerHTML", sheet.instructionsHtml());
        add(new H2(sheet.title().in(getLocale())), instructions);

        LabellingWorkspace workspace = new LabellingWorkspace(sheet, datasets, labels);
        submit.setText(getTranslation("exercise.submit"));
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> confirmAndSubmit(workspace.itemCount()));
        attemptsInfo.setId("attempts-info");
        HorizontalLayout actions = new HorizontalLayout(submit, attemptsInfo);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        feedbackArea.setPadding(false);
        feedbackArea.setId("feedback");
        add(workspace, actions, feedbackArea);

        attemptsUsed = grading.myAttempts(id).size();
        grading.myLatestAttempt(id).ifPresent(this::showFeedback);
        refreshAttempts();
        openTimedAttempt();
    }

    /** A timed exercise is timed by the server from here: the attempt is opened when the learner sees it. */
    private void openTimedAttempt() {
        if (sheet.policy().timeLimitMinutes() == null || attemptsUsed >= sheet.maxAttempts()) {
            return;
        }
        try {
            grading.start(sheet.id());
        } catch (SubmissionRefusedException noneLeft) {
            submit.setEnabled(false);
        }
    }

    private void confirmAndSubmit(int itemCount) {
        if (labels.isEmpty()) {
            warn(getTranslation("exercise.error.empty"));
            submit.setEnabled(true);
            return;
        }
        int unlabelled = itemCount - labels.size();
        if (unlabelled > 0) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("exercise.confirm.title"),
                    getTranslation("exercise.confirm.unlabelled", unlabelled), getTranslation("exercise.submit"),
                    e -> doSubmit());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.addCancelListener(e -> submit.setEnabled(true));
            confirm.open();
        } else {
            doSubmit();
        }
    }

    private void doSubmit() {
        try {
            GradedAttempt graded = grading.submit(sheet.id(), Map.of("labels", Map.copyOf(labels)), submissionToken);
            submissionToken = UUID.randomUUID().toString();
            attemptsUsed = graded.attemptNumber();
            showFeedback(graded);
            openTimedAttempt();
            Notification.show(getTranslation("exercise.submitted", graded.attemptNumber()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SubmissionRefusedException refused) {
            warn(switch (refused.reason()) {
                case EMPTY_ANSWER -> getTranslation("exercise.error.empty");
                case NO_ATTEMPTS_LEFT -> getTranslation("exercise.error.no-attempts");
                case INVALID_ANSWER -> getTranslation("exercise.error.invalid", refused.problems().size());
                case CONCURRENT_SUBMISSION -> getTranslation("exercise.error.concurrent");
                case UNKNOWN_EXERCISE -> getTranslation("error.not-found.message");
                case NOT_STARTED -> getTranslation("engine.error.not-started");
                case TIME_UP -> getTranslation("engine.error.time-up");
            });
        } finally {
            refreshAttempts();
        }
    }

    private void showFeedback(GradedAttempt graded) {
        feedbackArea.removeAll();
        if (graded.regradedAt() != null) {
            Span regraded = new Span(getTranslation("ins.regraded-on", Formats.utc(graded.regradedAt(), getLocale())));
            regraded.setId("regraded-note");
            feedbackArea.add(regraded);
        }
        feedbackArea.add(new LabellingFeedback(sheet, graded));
    }

    private void refreshAttempts() {
        int left = Math.max(0, sheet.maxAttempts() - attemptsUsed);
        attemptsInfo.setText(getTranslation("exercise.attempts", attemptsUsed, sheet.maxAttempts()));
        submit.setEnabled(left > 0);
        if (left == 0) {
            submit.setText(getTranslation("exercise.no-attempts-left"));
        }
    }

    private void warn(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return (sheet == null ? "" : sheet.title().in(getLocale()) + " | ") + getTranslation("app.title");
    }
}
