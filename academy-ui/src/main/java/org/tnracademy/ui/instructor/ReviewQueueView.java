package org.tnracademy.ui.instructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.review.GradeRefusedException;
import org.tnracademy.core.review.ReviewRow;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.core.review.WrittenSubmission;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.written.Criterion;
import org.tnracademy.exercises.written.RubricLevel;
import org.tnracademy.ui.exercise.written.RubricView;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;

/**
 * The instructors' queue of written analyses waiting for a grade, oldest first. Opening one shows
 * the learner's text (always as plain text), the rubric with a points field per criterion and its
 * levels, and a comment; a refused grade is shown at the fields it concerns, and after a save the
 * next analysis in the queue opens.
 */
@Route("instructor/review")
@RolesAllowed("INSTRUCTOR")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService review;
    private final Grid<ReviewRow> queue = new Grid<>();
    private final Paragraph waiting = new Paragraph();
    private final VerticalLayout grading = new VerticalLayout();
    private final Map<String, IntegerField> pointsByCriterion = new LinkedHashMap<>();
    private TextArea comment;
    private Div formError;
    private WrittenSubmission open;

    public ReviewQueueView(ReviewService review) {
        this.review = review;
        setSizeFull();
        waiting.setId("review-waiting");
        queue.setId("review-queue");
        queue.addColumn(r -> r.exerciseTitle().in(getLocale())).setHeader(getTranslation("review-queue.exercise"))
                .setFlexGrow(2);
        queue.addColumn(ReviewRow::learnerName).setHeader(getTranslation("review-queue.learner")).setAutoWidth(true);
        queue.addColumn(r -> Formats.utcShort(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("review-queue.submitted")).setAutoWidth(true);
        queue.setItems(q -> review.pending(q.getOffset(), q.getLimit()).stream(),
                q -> Math.toIntExact(review.countPending()));
        queue.setHeight("16rem");
        queue.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> openAttempt(r.attemptId())));
        grading.setId("review-grading");
        grading.setPadding(false);
        add(new H2(getTranslation("review-queue.title")), waiting, queue, grading);
        refreshCount();
        showNothingOpen();
    }

    /** Opens a pending analysis; one graded meanwhile by someone else is reported and the queue refreshed. */
    void openAttempt(long attemptId) {
        Optional<WrittenSubmission> submission = review.submission(attemptId);
        if (submission.isEmpty()) {
            notify(getTranslation("review-queue.not-pending"), NotificationVariant.LUMO_WARNING);
            refreshQueue();
            openNext();
            return;
        }
        show(submission.get());
    }

    private void show(WrittenSubmission s) {
        open = s;
        grading.removeAll();
        pointsByCriterion.clear();
        grading.add(new H3(getTranslation("review-queue.heading", s.exerciseTitle().in(getLocale()), s.learnerName(),
                s.attemptNumber())));
        grading.add(new Paragraph(getTranslation("review-queue.submitted-at", Formats.inZone(s.submittedAt(), getLocale(), UserTimeZone.current()))));
        grading.add(new H4(getTranslation("review-queue.text")));
        // setText: the learner's words are shown as text, never interpreted as HTML
        Div text = new Div();
        text.setText(s.text());
        text.setId("review-text");
        text.addClassName("academy-learner-text");
        text.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-s)").set("max-width", "60rem");
        grading.add(text);
        if (s.guidance() != null && s.guidance().modelAnswer() != null) {
            Paragraph model = new Paragraph(getTranslation("review-queue.model-answer",
                    s.guidance().modelAnswer().in(getLocale())));
            model.setId("review-model-answer");
            grading.add(model);
        }
        grading.add(new RubricView(s.rubric()));
        grading.add(new H4(getTranslation("review-queue.points")));
        for (Criterion c : s.rubric().criteria()) {
            IntegerField points = new IntegerField(getTranslation("review-queue.criterion-points",
                    c.title().in(getLocale()), c.maxPoints()));
            points.setId("points-" + c.id());
            points.setMin(0);
            points.setMax(c.maxPoints());
            points.setStepButtonsVisible(true);
            points.setHelperText(levels(c));
            points.setWidth("24rem");
            points.addValueChangeListener(e -> points.setInvalid(false));
            pointsByCriterion.put(c.id(), points);
            grading.add(points);
        }
        comment = new TextArea(getTranslation("review-queue.comment"));
        comment.setId("review-comment");
        comment.setWidth("40rem");
        comment.setMaxLength(4000);
        formError = new Div();
        formError.setId("review-error");
        formError.getStyle().set("white-space", "pre-line").set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grading.add(comment, formError, save);
    }

    private String levels(Criterion c) {
        return String.join(" · ", c.levels().stream()
                .sorted(java.util.Comparator.comparingInt(RubricLevel::points))
                .map(l -> getTranslation("review-queue.level", l.points(), l.descriptor().in(getLocale())))
                .toList());
    }

    void save() {
        if (open == null) {
            return;
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        pointsByCriterion.forEach((id, field) -> {
            field.setInvalid(false);
            if (field.getValue() != null) {
                points.put(id, field.getValue());
            }
        });
        formError.setText("");
        try {
            GradedAttempt graded = review.grade(open.attemptId(), points, comment.getValue());
            notify(getTranslation("review-queue.saved", open.learnerName(),
                    Formats.percent(graded.score(), getLocale())), NotificationVariant.LUMO_SUCCESS);
            refreshQueue();
            openNext();
        } catch (GradeRefusedException refused) {
            if (refused.reason() == GradeRefusedException.Reason.NOT_PENDING) {
                notify(getTranslation("review-queue.not-pending"), NotificationVariant.LUMO_WARNING);
                refreshQueue();
                openNext();
                return;
            }
            showProblems(refused.problems());
        }
    }

    /** Each problem at its field: {@code points.<criterion>} at that criterion's points, the rest above Save. */
    private void showProblems(List<AnswerProblem> problems) {
        StringBuilder elsewhere = new StringBuilder();
        for (AnswerProblem p : problems) {
            String where = p.where() == null ? "" : p.where();
            IntegerField field = where.startsWith("points.") ? pointsByCriterion.get(where.substring(7)) : null;
            if (field != null) {
                field.setErrorMessage(problemText(p, field));
                field.setInvalid(true);
            } else if (where.equals("comment")) {
                comment.setErrorMessage(getTranslation("review-queue.problem.comment", ProblemTexts.of(this, p.message())));
                comment.setInvalid(true);
            } else {
                elsewhere.append(getTranslation("review-queue.problem.other", where, ProblemTexts.of(this, p.message()))).append('\n');
            }
        }
        formError.setText(elsewhere.isEmpty() ? getTranslation("review-queue.refused")
                : getTranslation("review-queue.refused") + "\n" + elsewhere.toString().strip());
    }

    private String problemText(AnswerProblem p, IntegerField field) {
        int max = field.getMax();
        return switch (p.code()) {
            case MISSING_VALUE -> getTranslation("review-queue.problem.missing");
            case OUT_OF_RANGE -> getTranslation("review-queue.problem.range", max);
            default -> getTranslation("review-queue.problem.other", p.where(), ProblemTexts.of(this, p.message()));
        };
    }

    private void openNext() {
        List<ReviewRow> next = review.pending(0, 1);
        if (next.isEmpty()) {
            showNothingOpen();
        } else {
            openAttempt(next.get(0).attemptId());
        }
    }

    private void showNothingOpen() {
        open = null;
        grading.removeAll();
        Paragraph hint = new Paragraph(getTranslation(review.countPending() == 0 ? "review-queue.empty"
                : "review-queue.choose"));
        hint.setId("review-hint");
        grading.add(hint);
    }

    private void refreshQueue() {
        queue.deselectAll();
        queue.getDataProvider().refreshAll();
        refreshCount();
    }

    private void refreshCount() {
        waiting.setText(getTranslation("review-queue.waiting", review.countPending()));
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-queue.title") + " | " + getTranslation("app.title");
    }
}
