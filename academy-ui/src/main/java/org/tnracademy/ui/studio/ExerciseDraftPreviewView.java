package org.tnracademy.ui.studio;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.tnracademy.ui.layout.TableRegions;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.studio.DraftTestGrade;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.ui.exercise.ExerciseParts;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.routing.RouteIds;

/**
 * An exercise draft as a learner will see it once published: the learner's own workspace, and a
 * test-grade against the draft's key showing the score and the feedback, expected answers
 * included. Nothing is recorded, for anyone.
 */
@Route("instructor/courses/:courseId/exercises/:slug/preview")
@RolesAllowed("INSTRUCTOR")
public class ExerciseDraftPreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseDrafts drafts;
    private final DatasetService datasets;

    private long courseId;
    private String slug;
    private ExerciseSheet sheet;
    private AnswerWorkspace workspace;
    private final Paragraph message = new Paragraph();
    private final Paragraph score = new Paragraph();
    private final Div feedback = new Div();

    public ExerciseDraftPreviewView(ExerciseDrafts drafts, DatasetService datasets) {
        this.drafts = drafts;
        this.datasets = datasets;
        message.setId("draft-preview-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        score.setId("draft-preview-score");
        feedback.setId("draft-preview-feedback");
        feedback.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = RouteIds.required(event, "courseId");
        slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("exercise-draft.back-to-editor"), ExerciseEditorView.class,
                new RouteParameters(Map.of("courseId", String.valueOf(courseId), "slug", slug)));
        back.setId("draft-preview-back");
        add(back);
        try {
            sheet = drafts.learnerSheet(courseId, slug, getLocale());
        } catch (ExerciseDraftRefusedException refused) {
            if (refused.why() != ExerciseDraftRefusedException.Why.INVALID_DRAFT) {
                throw new NotFoundException();
            }
            // a spec that cannot be read has no workspace: say why, and send the instructor back
            message.setText(ExerciseDraftTexts.refused(this, refused));
            add(new H2(getTranslation("exercise-draft.preview.title", slug)), message);
            return;
        }
        Paragraph note = new Paragraph(getTranslation("exercise-draft.preview.note"));
        note.setId("draft-preview-note");
        Div instructions = new Div();
        instructions.addClassName("academy-lesson");
        instructions.setId("draft-preview-instructions");
        // sanitised by the core's MarkdownRenderer
        instructions.getElement().setProperty("innerHTML", sheet.instructionsHtml());
        TableRegions.scrollInPlace(instructions, sheet.instructionsHtml());
        workspace = ExerciseParts.workspace(sheet, datasets);
        Button grade = new Button(getTranslation("exercise-draft.preview.grade"), e -> testGrade());
        grade.setId("draft-preview-grade");
        grade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setVisible(false);
        score.setVisible(false);
        feedback.removeAll();
        add(new H2(getTranslation("exercise-draft.preview.title", sheet.title().in(getLocale()))), note, instructions,
                workspace.component(), grade, message, score, feedback);
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
            DraftTestGrade graded = drafts.testGrade(courseId, slug, workspace.answer());
            message.setVisible(false);
            score.setText(graded.pending() ? getTranslation("studio.preview.pending")
                    : getTranslation("exercise-draft.preview.score", graded.score()));
            score.setVisible(true);
            feedback.add(ExerciseParts.feedback(sheet, graded.result(), true, datasets));
        } catch (ExerciseDraftRefusedException refused) {
            warn(refused.why() == ExerciseDraftRefusedException.Why.EMPTY_ANSWER
                    ? getTranslation("exercise.error.nothing-answered") : ExerciseDraftTexts.refused(this, refused));
        }
    }

    private void warn(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise-draft.preview.page-title") + " | " + getTranslation("app.title");
    }
}
