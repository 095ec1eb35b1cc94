package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.tnracademy.core.packs.GradedContent;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;
import org.tnracademy.core.studio.ExerciseDraftSheet;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.instructor.AnswerKeyView;

/**
 * The course editor's exercise drafts: each new or edited exercise waiting to be published, whether
 * a pack import would accept it, a link to its editor, and a dialog to start a new exercise of any
 * type in a module. Also says why publishing was refused because of exercise drafts.
 */
final class ExerciseDraftsPanel extends VerticalLayout {

    private final ExerciseDrafts drafts;
    private final CourseDrafts courseDrafts;
    private final Grid<ExerciseDraftSheet> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final VerticalLayout regradeLinks = new VerticalLayout();
    private long courseId;

    ExerciseDraftsPanel(ExerciseDrafts drafts, CourseDrafts courseDrafts) {
        this.drafts = drafts;
        this.courseDrafts = courseDrafts;
        setPadding(false);
        setId("exercise-drafts");
        none.setText(getTranslation("exercise-draft.panel.none"));
        none.setId("exercise-drafts-none");
        grid.setId("exercise-drafts-grid");
        grid.addColumn(ExerciseDraftSheet::slug).setHeader(getTranslation("instructor.id")).setAutoWidth(true);
        grid.addColumn(d -> d.title().in(getLocale())).setHeader(getTranslation("progress.step")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation("exercise.type." + d.type())).setHeader(getTranslation("exercise-draft.type"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.created() ? "exercise-draft.panel.new" : "exercise-draft.panel.edited"))
                .setHeader(getTranslation("exercise-draft.panel.kind")).setAutoWidth(true);
        grid.addColumn(d -> d.valid() ? getTranslation("exercise-draft.panel.valid")
                : getTranslation("exercise-draft.panel.problems", d.problems().size()))
                .setHeader(getTranslation("exercise-draft.panel.state")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            RouterLink edit = new RouterLink(getTranslation("exercise-draft.edit-link"), ExerciseEditorView.class,
                    new RouteParameters(Map.of("courseId", String.valueOf(courseId), "slug", d.slug())));
            edit.setId("edit-exercise-draft-" + d.slug());
            return edit;
        }).setHeader(getTranslation("studio.courses.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        regradeLinks.setPadding(false);
        regradeLinks.setId("exercise-drafts-regrade");
        Button create = new Button(getTranslation("exercise-draft.new"), e -> openNewDialog());
        create.setId("new-exercise");
        add(new H3(getTranslation("exercise-draft.panel.title")), none, grid, create, regradeLinks);
    }

    /** Lists the course's exercise drafts again. */
    void show(long courseId) {
        this.courseId = courseId;
        var list = drafts.drafts(courseId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
        regradeLinks.removeAll();
    }

    /** Why publishing was refused, with a link to each answer-key page a key change must go through. */
    String refusedPublishing(ExerciseDraftRefusedException refused) {
        regradeLinks.removeAll();
        // a change of the key alone can also go through the answer key's own regrade page
        refused.gradedChanges().stream().filter(c -> c.parts().equals(Set.of(GradedContent.Part.KEY))).forEach(c -> {
            String slug = c.slug();
            RouterLink link = new RouterLink(getTranslation("exercise-draft.regrade-link", c.title().in(getLocale())),
                    AnswerKeyView.class, new RouteParameters("exerciseId", String.valueOf(c.exerciseId())));
            // the answer-key page opens with the draft's key and its dry run already shown
            link.setQueryParameters(AnswerKeyView.fromDraft(courseId, slug));
            link.setId("regrade-" + slug);
            regradeLinks.add(link);
        });
        return ExerciseDraftTexts.refused(this, refused);
    }

    private void openNewDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("new-exercise-dialog");
        dialog.setHeaderTitle(getTranslation("exercise-draft.new.title"));
        // the course draft's modules: those added and saved there take exercises before publication
        Map<String, String> modules = new LinkedHashMap<>();
        courseDrafts.open(courseId).modules().forEach(m -> modules.put(m.id(), m.title().in(getLocale())));
        Select<String> module = new Select<>();
        module.setId("new-exercise-module");
        module.setLabel(getTranslation("exercise-draft.module"));
        module.setItems(modules.keySet());
        module.setItemLabelGenerator(id -> modules.getOrDefault(id, id));
        modules.keySet().stream().findFirst().ifPresent(module::setValue);
        Select<String> type = new Select<>();
        type.setId("new-exercise-type");
        type.setLabel(getTranslation("exercise-draft.type"));
        type.setItems(ExerciseTypes.ids());
        type.setItemLabelGenerator(t -> getTranslation("exercise.type." + t));
        TextField slug = new TextField(getTranslation("exercise-draft.new.slug"));
        slug.setId("new-exercise-slug");
        slug.setHelperText(getTranslation("exercise-draft.new.slug.help"));
        slug.setWidth("24em");
        Paragraph error = new Paragraph();
        error.setId("new-exercise-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button create = new Button(getTranslation("exercise-draft.new.create"), e -> {
            if (type.getValue() == null) {
                error.setText(getTranslation("exercise-draft.refused.UNKNOWN_TYPE"));
                error.setVisible(true);
                return;
            }
            try {
                drafts.create(courseId, module.getValue(), slug.getValue().strip(), type.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ExerciseEditorView.class, new RouteParameters(Map.of(
                        "courseId", String.valueOf(courseId), "slug", slug.getValue().strip()))));
            } catch (ExerciseDraftRefusedException refused) {
                error.setText(ExerciseDraftTexts.refused(this, refused));
                error.setVisible(true);
            }
        });
        create.setId("new-exercise-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(module, type, slug, error));
        dialog.getFooter().add(new HorizontalLayout(cancel, create));
        dialog.open();
    }
}
