package org.tnracademy.ui.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import org.tnracademy.ui.layout.TableRegions;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.AttemptWindow;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.HintService;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.xapi.LearningRecords;
import org.tnracademy.ui.calibration.ConfidenceWorkspace;
import org.tnracademy.ui.catalog.CourseView;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;
import org.tnracademy.ui.layout.ConfirmOnce;
import org.tnracademy.ui.routing.RouteIds;

/**
 * One exercise of any type: instructions, the attempt policy, hints, the type's workspace, and the
 * feedback of the latest attempt. The answer stays on the server in the workspace until submitted,
 * and is kept as the learner's draft meanwhile (see {@link DraftKeeper});
 * grading runs off the request thread with a progress bar; the answer key never reaches the page.
 */
@Route("exercises/:exerciseId")
@RolesAllowed("LEARNER")
public class ExerciseView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final DatasetService datasets;
    private final GradingService grading;
    private final HintService hints;
    private final SubmissionRunner runner;
    private final RegradeService regrades;
    private final AnswerDrafts answerDrafts;
    private final LearningRecords learningRecords;

    private ExerciseSheet sheet;
    private AnswerWorkspace workspace;
    private String submissionToken = UUID.randomUUID().toString();
    private int attemptsUsed;
    private boolean windowOpen;
    private final Span attemptsInfo = new Span();
    private final Span countdown = new Span();
    private final Button submit = new Button();
    private final Button startAttempt = new Button();
    private final ProgressBar progress = new ProgressBar();
    private AttemptFeedbackArea feedbackArea;
    private DraftKeeper draftKeeper;
    private final Span feedbackAnnouncement = new Span();

    public ExerciseView(CatalogService catalog, DatasetService datasets, GradingService grading, HintService hints,
                        SubmissionRunner runner, RegradeService regrades, AnswerDrafts answerDrafts,
                        LearningRecords learningRecords) {
        this.learningRecords = learningRecords;
        this.regrades = regrades;
        this.answerDrafts = answerDrafts;
        this.catalog = catalog;
        this.datasets = datasets;
        this.grading = grading;
        this.hints = hints;
        this.runner = runner;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "exerciseId");
        if (VersionRedirect.leadAway(event, catalog.availability(id).orElseThrow(NotFoundException::new))) {
            return;
        }
        sheet = catalog.exerciseToWork(id, getLocale()).orElseThrow(NotFoundException::new);
        removeAll();
        add(new RouterLink(sheet.courseTitle().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", String.valueOf(sheet.courseId()))));
        Span type = new Span(getTranslation("exercise.type." + sheet.type()));
        type.getElement().getThemeList().add("badge");
        HorizontalLayout badges = new HorizontalLayout(type);
        if (sheet.level() != null) {
            Span level = new Span(getTranslation("course-level." + sheet.level()));
            level.getElement().getThemeList().add("badge contrast");
            badges.add(level);
        }
        Div instructions = new Div();
        instructions.addClassName("academy-lesson");
        instructions.setId("instructions");
        // sanitised by the core's MarkdownRenderer
        instructions.getElement().setProperty("innerHTML", sheet.instructionsHtml());
        TableRegions.scrollInPlace(instructions, sheet.instructionsHtml());
        add(new H2(sheet.title().in(getLocale())), badges, instructions, policyLine(), new HintsPanel(hints, id));
        if (sheet.variant()) {
            Paragraph own = new Paragraph(getTranslation("variants.exercise.own-variant", sheet.variantItems().size()));
            own.setId("variant-note");
            add(own);
        }

        workspace = ConfidenceWorkspace.around(ExerciseWorkspaces.create(sheet, datasets), sheet);
        submit.setText(getTranslation("exercise.submit"));
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> confirmAndSubmit());
        startAttempt.setId("start-attempt");
        startAttempt.addClickListener(e -> openWindow());
        attemptsInfo.setId("attempts-info");
        countdown.setId("time-left");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("grading-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("accessibility.exercise.grading-progress"));
        progress.setWidth("12rem");
        startAttempt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout clock = new HorizontalLayout(startAttempt, countdown);
        clock.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout actions = new HorizontalLayout(submit, attemptsInfo, progress);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        keepDraft(id, actions);

        feedbackArea = new AttemptFeedbackArea(sheet, datasets, regrades);
        // the start and the countdown of a timed attempt sit above the work they unlock
        add(clock, workspace.component(), actions, feedbackArea);
        addFeedbackAnnouncement();

        attemptsUsed = grading.myAttempts(id).size();
        if (attemptsLeft() > 0) {
            // xAPI "launched" for the next attempt (stated once per attempt, however often the page opens)
            learningRecords.exerciseOpened(id);
        }
        grading.myLatestAttempt(id).ifPresent(feedbackArea::show);
        // a timed attempt starts when the learner asks, after reading the instructions or the last
        // feedback; one already running (the page was reloaded) keeps its deadline
        windowOpen = false;
        countdown.setVisible(false);
        if (timed() && attemptsLeft() > 0) {
            grading.runningWindow(id).ifPresent(window -> {
                windowOpen = true;
                showCountdown(window);
            });
        }
        refreshControls();
    }

    private Span policyLine() {
        var policy = sheet.policy();
        String line = getTranslation("exercise.policy.scoring." + policy.scoring().name().toLowerCase());
        if (policy.timeLimitMinutes() != null) {
            line += " · " + getTranslation("exercise.policy.time-limit", policy.timeLimitMinutes());
        }
        Span span = new Span(line);
        span.setId("policy");
        span.addClassName("academy-muted");
        return span;
    }

    private boolean timed() {
        return sheet.policy().timeLimitMinutes() != null;
    }

    private int attemptsLeft() {
        return Math.max(0, sheet.maxAttempts() - attemptsUsed);
    }

    /** Opens the next timed attempt (or returns the one running): the server times it from now. */
    private void openWindow() {
        try {
            AttemptWindow window = grading.start(sheet.id());
            windowOpen = true;
            showCountdown(window);
            focusAfterStart();
        } catch (SubmissionRefusedException refused) {
            warn(RefusalTexts.of(this, refused));
        }
        refreshControls();
    }

    /**
     * The start button hides once pressed: focus goes to the time left, just above the work, so a
     * keyboard user hears the clock and tabs straight on into the workspace.
     */
    private void focusAfterStart() {
        if (countdown.isVisible()) {
            countdown.getElement().setAttribute("tabindex", "-1");
            countdown.getElement().callJsFunction("focus");
        } else {
            submit.focus();
        }
    }

    private void showCountdown(AttemptWindow window) {
        if (!window.timed()) {
            countdown.setVisible(false);
            return;
        }
        countdown.setVisible(true);
        long remaining = Math.max(0, Duration.between(Instant.now(), window.deadline()).toMillis());
        countdown.setText(getTranslation("exercise.submit-by", Formats.inZone(window.deadline(), getLocale(), UserTimeZone.current())));
        // the server enforces the deadline; this only counts down in the page
        countdown.getElement().executeJs("""
                const el = this, end = Date.now() + $0, text = $1;
                const tick = () => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = text.replace('{0}', Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'));
                  if (s > 0) { el._timer = setTimeout(tick, 1000); }
                };
                clearTimeout(el._timer);
                tick();""", remaining, getTranslation("exercise.time-left"));
    }

    private void confirmAndSubmit() {
        List<String> problems = workspace.inputProblems();
        if (!problems.isEmpty()) {
            warn(String.join("\n", problems));
            submit.setEnabled(true);
            return;
        }
        if (workspace.isEmpty()) {
            warn(getTranslation("exercise.error.nothing-answered"));
            submit.setEnabled(true);
            return;
        }
        int unanswered = workspace.unansweredCount();
        if (unanswered > 0) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("exercise.confirm.title"),
                    getTranslation("exercise.confirm.unlabelled", unanswered), getTranslation("exercise.submit"),
                    ConfirmOnce.of(this::confirmFinalAndSubmit));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.addCancelListener(e -> submit.setEnabled(true));
            confirm.open();
        } else {
            confirmFinalAndSubmit();
        }
    }

    private void doSubmit() {
        var answer = workspace.answer();
        var confidence = workspace instanceof ConfidenceWorkspace c ? c.confidence() : null;
        String token = submissionToken;
        long exerciseId = sheet.id();
        runner.run(UI.getCurrent(), sheet.gradesOverDataset(), () -> {
            progress.setVisible(true);
            workspace.setReadOnly(true);
        }, () -> grading.submitWithConfidence(exerciseId, answer, confidence, token), this::graded, this::refused);
    }

    private void graded(GradedAttempt graded) {
        progress.setVisible(false);
        submissionToken = UUID.randomUUID().toString();
        attemptsUsed = graded.attemptNumber();
        windowOpen = false;
        countdown.setVisible(false);
        feedbackArea.show(graded);
        draftSubmitted();
        // the feedback is focused and read out (announceFeedback): a toast would say it a second time
        announceFeedback(graded);
        refreshControls();
    }

    private void refused(RuntimeException error) {
        progress.setVisible(false);
        if (error instanceof GradingBusyException) {
            // nothing was submitted: the answer stays in the workspace (and its draft) to send again
            warn(getTranslation("exercise.error.grading-busy"));
            refreshControls();
            return;
        }
        if (error instanceof SubmissionRefusedException refused) {
            warn(RefusalTexts.of(this, refused));
            attemptsUsed = grading.myAttempts(sheet.id()).size();
            if (refused.reason() == SubmissionRefusedException.Reason.TIME_UP) {
                windowOpen = false;
                countdown.setVisible(false);
            }
            refreshControls();
            return;
        }
        refreshControls();
        throw error;
    }

    private void refreshControls() {
        int left = attemptsLeft();
        attemptsInfo.setText(getTranslation("exercise.attempts", attemptsUsed, sheet.maxAttempts()));
        boolean canWork = left > 0 && (!timed() || windowOpen);
        workspace.setReadOnly(!canWork);
        submit.setEnabled(canWork);
        submit.setText(getTranslation(left > 0 ? "exercise.submit" : "exercise.no-attempts-left"));
        startAttempt.setVisible(timed() && left > 0 && !windowOpen);
        startAttempt.setText(getTranslation("exercise.start-timed", attemptsUsed + 1, sheet.policy().timeLimitMinutes()));
    }

    private void warn(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    // --- drafts: the unsubmitted answer kept on the server, and asking before it is lost or final ---

    /** Puts the learner's draft back into the workspace and keeps every change, shown beside the submit button. */
    private void keepDraft(long exerciseId, HorizontalLayout actions) {
        draftKeeper = new DraftKeeper(answerDrafts, exerciseId, workspace);
        draftKeeper.restore();
        actions.add(draftKeeper);
    }

    private void draftSubmitted() {
        if (draftKeeper != null) {
            draftKeeper.submitted();
        }
    }

    /** Leaving through the application asks first when the latest change could not be saved. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draftKeeper == null || !draftKeeper.hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("drafts.leave.title"),
                getTranslation("drafts.leave.text"), getTranslation("drafts.leave.confirm"), e -> leave.proceed());
        confirm.setId("confirm-leave");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("drafts.leave.stay"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * An exercise with a single attempt, or timed, asks before the answer is final: there is no going
     * back to it (or the clock of the attempt stops).
     */
    private void confirmFinalAndSubmit() {
        if (sheet.maxAttempts() > 1 && !timed()) {
            doSubmit();
            return;
        }
        String text = getTranslation(sheet.maxAttempts() == 1 ? "drafts.submit.single" : "drafts.submit.timed",
                attemptsLeft() - 1);
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("drafts.submit.title"), text,
                getTranslation("exercise.submit"), ConfirmOnce.of(this::doSubmit));
        confirm.setId("confirm-submit");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("drafts.submit.keep-working"));
        confirm.addCancelListener(e -> submit.setEnabled(true));
        confirm.open();
    }

    /** A polite live region, in the page before any result, so that screen readers read the result out. */
    private void addFeedbackAnnouncement() {
        feedbackAnnouncement.setId("feedback-announcement");
        feedbackAnnouncement.addClassName("academy-visually-hidden");
        feedbackAnnouncement.getElement().setAttribute("aria-live", "polite");
        feedbackAnnouncement.getElement().setAttribute("role", "status");
        feedbackAnnouncement.setText("");
        add(feedbackAnnouncement);
    }

    /** The result of a submission is scrolled into view, focused and read out. */
    private void announceFeedback(GradedAttempt graded) {
        feedbackAnnouncement.setText(getTranslation(graded.pending() ? "exercise.submitted-pending"
                : "exercise.submitted", graded.attemptNumber()) + " " + feedbackArea.status(graded));
        feedbackArea.getElement().setAttribute("tabindex", "-1");
        feedbackArea.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }

    /** The workspace shown, for tests of this package. */
    AnswerWorkspace workspace() {
        return workspace;
    }

    @Override
    public String getPageTitle() {
        return (sheet == null ? "" : sheet.title().in(getLocale()) + " | ") + getTranslation("app.title");
    }
}
