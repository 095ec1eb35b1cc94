package org.tnracademy.ui.studio;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.ui.layout.TableRegions;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.VariantSubject;
import org.tnracademy.core.cohort.CohortLearners;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.PreviewGrade;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.ui.exercise.ExerciseParts;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.routing.RouteIds;

/**
 * An exercise as a learner sees it, for an instructor to try out: the learner's own workspace, and
 * a test-grade that shows the score and feedback a submission would get, expected answers included,
 * with no attempt recorded. Grading as often as wanted changes nothing for anyone.
 */
@Route("instructor/exercises/:exerciseId/preview")
@RolesAllowed("INSTRUCTOR")
public class ExercisePreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final DatasetService datasets;
    private final GradingService grading;
    private final CohortLearners learners;

    private ExerciseSheet sheet;
    /** Whose variant is shown, when the exercise gives variants; null otherwise. */
    private VariantSubject subject;
    private AnswerWorkspace workspace;
    private final Paragraph message = new Paragraph();
    private final Paragraph score = new Paragraph();
    private final Div feedback = new Div();

    public ExercisePreviewView(CatalogService catalog, DatasetService datasets, GradingService grading,
                               CohortLearners learners) {
        this.learners = learners;
        this.catalog = catalog;
        this.datasets = datasets;
        this.grading = grading;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "exerciseId");
        show(id, VariantSubject.sample(1));
    }

    /** The exercise as the subject's variant (sample 1 first), or whole when it gives no variants. */
    private void show(long id, VariantSubject asked) {
        sheet = catalog.variantPreview(id, asked, getLocale()).orElseThrow(NotFoundException::new);
        subject = sheet.variant() ? asked : null;
        feedback.removeAll();
        score.setVisible(false);
        message.setVisible(false);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("studio.back-to-courses"), InstructorCoursesView.class);
        Paragraph note = new Paragraph(getTranslation("studio.preview.note"));
        note.setId("preview-note");
        Div instructions = new Div();
        instructions.addClassName("academy-lesson");
        instructions.setId("instructions");
        // sanitised by the core's MarkdownRenderer
        instructions.getElement().setProperty("innerHTML", sheet.instructionsHtml());
        TableRegions.scrollInPlace(instructions, sheet.instructionsHtml());
        workspace = ExerciseParts.workspace(sheet, datasets);
        Button grade = new Button(getTranslation("studio.preview.grade"), e -> testGrade());
        grade.setId("preview-grade");
        grade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("preview-message");
        message.setVisible(false);
        score.setId("preview-score");
        score.setVisible(false);
        feedback.setId("preview-feedback");
        feedback.setWidthFull();
        add(back, new H2(getTranslation("studio.preview.title", sheet.title().in(getLocale()), sheet.version())),
                note);
        if (subject != null) {
            add(new VariantPicker(learners, subject, sheet.variantItems().size(), picked -> show(id, picked)));
        }
        add(instructions, workspace.component(), grade, message, score, feedback);
    }

    private void testGrade() {
        feedback.removeAll();
        score.setVisible(false);
        List<String> problems = workspace.inputProblems();
        if (!problems.isEmpty()) {
            warn(String.join(" ", problems));
            return;
        }
        try {
            PreviewGrade graded = subject == null ? grading.previewGrade(sheet.id(), workspace.answer())
                    : grading.previewGrade(sheet.id(), subject, workspace.answer());
            message.setVisible(false);
            score.setText(graded.pending() ? getTranslation("studio.preview.pending")
                    : getTranslation("studio.preview.score", graded.score(), graded.keyVersion()));
            score.setVisible(true);
            feedback.add(ExerciseParts.feedback(sheet, graded.result(), true, datasets));
        } catch (SubmissionRefusedException refused) {
            warn(switch (refused.reason()) {
                case EMPTY_ANSWER -> getTranslation("exercise.error.nothing-answered");
                case INVALID_ANSWER -> getTranslation("upload-limits.answer-invalid", refused.problemCount()) + "\n"
                        + ProblemTexts.lines(this, refused.problems().stream().map(AnswerProblem::message).toList(), 5);
                default -> getTranslation("studio.preview.refused");
            });
        }
    }

    private void warn(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.preview.page-title") + " | " + getTranslation("app.title");
    }
}
