package org.tnracademy.ui.studio;

import org.tnracademy.ui.testsupport.LabelPicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.studio.ExerciseDraftContent;
import org.tnracademy.core.studio.ExerciseDraftSheet;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.exercises.LocalizedText;

/**
 * The exercise editor without a browser: bad YAML refused with its line and nothing saved, an
 * unknown label in the key and an empty English title listed by field, a colleague's save refused
 * with the typed text kept, and a new item-labelling exercise created, its key labelled in the
 * learner's workspace, test-graded and published.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=studio-exercise-editor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class ExerciseEditorViewTest extends SpringBrowserlessTest {

    private static final String LABELLING = "label-posts-basics";

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseDrafts drafts;

    long courseId;

    @BeforeEach
    void starterCourse() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        courseId = outline().id();
        drafts.drafts(courseId).forEach(d -> drafts.discard(courseId, d.slug(), d.revision()));
    }

    @Test
    void badYamlInTheSpecIsRefusedWithItsLineAndNothingIsSaved() {
        open(LABELLING);
        test(yaml("exercise-spec")).setValue("labels:\n  - id: doxing\n    title: [unclosed\n");
        test($(Button.class).id("exercise-save")).click();

        assertThat($(Paragraph.class).id("exercise-draft-error").getText())
                .startsWith("Nothing was saved: the exercise (spec) is not valid YAML at line ");
        assertThat($(TextArea.class).id("exercise-spec").getValue()).as("the typed text stays")
                .contains("[unclosed");
        assertThat(drafts.open(courseId, LABELLING).isDraft()).isFalse();
    }

    @Test
    void anUnknownLabelInTheKeyIsListedWithItsFieldAndLineAndTheDraftIsKept() {
        open(LABELLING);
        TextArea key = yaml("exercise-key");
        String typed = key.getValue().replaceFirst("label: \\S+", "label: spam");
        test(key).setValue(typed);
        test($(Button.class).id("exercise-save")).click();

        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("key.items[0].label (line ")
                .contains("“spam” is not one of the exercise’s labels"));
        ExerciseDraftSheet stored = drafts.open(courseId, LABELLING);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.valid()).isFalse();
        assertThat($(Paragraph.class).id("exercise-draft-status").getText()).startsWith("Draft revision 1");
    }

    @Test
    void anEmptyEnglishTitleIsListedAsAProblemAndTheCourseCannotBePublished() {
        open(LABELLING);
        test($(TextField.class).id("exercise-title-en")).setValue("  ");
        test($(TextField.class).id("exercise-title-fr")).setValue("Étiqueter, version 2");
        test($(Button.class).id("exercise-save")).click();

        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("title.en: "));
        assertThat(drafts.open(courseId, LABELLING).title().byLanguage()).containsEntry("fr", "Étiqueter, version 2");

        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();
        assertThat($(Paragraph.class).id("course-draft-error").getText())
                .startsWith("Nothing was published: exercise drafts have problems: " + LABELLING);
    }

    @Test
    void aColleaguesSaveInBetweenIsRefusedAndTheTypedTitleStaysUntilReload() {
        open(LABELLING);
        asColleague(() -> {
            ExerciseDraftSheet s = drafts.open(courseId, LABELLING);
            ExerciseDraftContent c = s.content();
            drafts.save(courseId, LABELLING, new ExerciseDraftContent(c.moduleId(),
                    LocalizedText.of("Colleague's title", null), c.instructions(), c.level(), c.forms(), c.policy(),
                    c.spec(), c.key(), c.datasetId()), s.revision());
        });
        test($(TextField.class).id("exercise-title-en")).setValue("My title");
        test($(Button.class).id("exercise-save")).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("stale-exercise-draft");
        assertThat($(Paragraph.class).id("exercise-draft-error").getText())
                .startsWith("colleague saved this exercise on").contains("your edits are still in the form");
        assertThat($(TextField.class).id("exercise-title-en").getValue()).isEqualTo("My title");
        assertThat(drafts.open(courseId, LABELLING).title().in(Locale.ENGLISH)).isEqualTo("Colleague's title");

        test(dialog).confirm();
        assertThat($(TextField.class).id("exercise-title-en").getValue()).isEqualTo("Colleague's title");
    }

    @Test
    void labellingTheKeyInTheWorkspaceKeepsExplanationsOfUnchangedItemsOnly() {
        open(LABELLING);
        test($(Button.class).id("exercise-label-key")).click();
        var grid = test(workspaceGrid());
        DatasetRow first = grid.getRow(0);
        String keyLabel = LabelPicks.shown(grid, 0);
        assertThat(keyLabel).as("the key's label, shown in the row's picker").isNotEmpty();
        String other = keyLabel.equals("benign") ? "doxing" : "benign";
        LabelPicks.pick(grid, 0, other);
        test($(Button.class).id("key-labelling-take")).click();

        assertThat(explanation(first.itemKey()).getValue()).as("a changed label needs a new explanation").isEmpty();
        DatasetRow second = grid.getRow(1);
        assertThat(explanation(second.itemKey()).getValue()).as("an unchanged label keeps its explanation")
                .isNotBlank();
        test($(Button.class).id("key-labelling-apply")).click();
        test($(Button.class).id("exercise-save")).click();

        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("key.items[0].explanation"));
        assertThat(drafts.open(courseId, LABELLING).key().toString()).contains(other);
    }

    @Test
    void aNewLabellingExerciseIsCreatedKeyedInTheWorkspaceTestGradedAndPublished() {
        CourseOutline.Module firstModule = outline().modules().getFirst();
        long datasetId = catalog.exercise(step(LABELLING).id(), Locale.ENGLISH).orElseThrow().datasetId();
        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
        test($(Button.class).id("new-exercise")).click();
        @SuppressWarnings("unchecked")
        Select<String> type = $(Select.class).id("new-exercise-type");
        type.setValue("item-labelling");
        test($(TextField.class).id("new-exercise-slug")).setValue("label-threats");
        test($(Button.class).id("new-exercise-create")).click();

        // the editor of the new draft: the check says what is missing
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("title.en: "));
        test($(TextField.class).id("exercise-title-en")).setValue("Label the threats");
        test($(TextArea.class).id("exercise-instructions-en")).setValue("Give each post its label.");
        test(yaml("exercise-spec")).setValue("""
                labels:
                  - id: threat
                    title: {en: Threat, fr: Menace}
                  - id: other
                    title: {en: Other, fr: Autre}
                """);
        @SuppressWarnings("unchecked")
        Select<Long> dataset = $(Select.class).id("exercise-dataset");
        dataset.setValue(datasetId);
        test($(Button.class).id("exercise-save")).click();
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("key"));

        test($(Button.class).id("exercise-label-key")).click();
        var grid = test(workspaceGrid());
        for (int i = 0; i < grid.size(); i++) {
            LabelPicks.pick(grid, i, i % 4 == 0 ? "threat" : "other");
        }
        test($(Button.class).id("key-labelling-take")).click();
        for (int i = 0; i < grid.size(); i++) {
            test(explanation(grid.getRow(i).itemKey())).setValue("Why item " + i + " has its label.");
        }
        test($(Button.class).id("key-labelling-apply")).click();
        test($(Button.class).id("exercise-save")).click();
        assertThat($(UnorderedList.class).id("exercise-problems").getChildren()).isEmpty();
        assertThat(firstModule.slug()).isEqualTo(drafts.open(courseId, "label-threats").moduleId());

        navigate("instructor/courses/" + courseId + "/exercises/label-threats/preview",
                ExerciseDraftPreviewView.class);
        var previewGrid = test(workspaceGrid());
        for (int i = 0; i < previewGrid.size(); i++) {
            LabelPicks.pick(previewGrid, i, "other");
        }
        test($(Button.class).id("draft-preview-grade")).click();
        assertThat($(Paragraph.class).id("draft-preview-score").getText())
                .startsWith("A learner submitting this answer would score ").endsWith("with the draft’s key.");

        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
        test($(Button.class).id("publish-course-draft")).click();
        test($(ConfirmDialog.class).id("publish-course-confirm")).confirm();
        List<CourseOutline.Step> steps = outline().modules().getFirst().steps();
        assertThat(steps.getLast().slug()).as("appended at the end of its module").isEqualTo("label-threats");
        assertThat(drafts.drafts(courseId)).isEmpty();
    }

    @Test
    void aDatasetAndAKeyUploadedInTheEditorMakeANewLabellingExerciseValidAndABadKeyFileChangesNothing() {
        navigate("instructor/courses/" + courseId + "/edit", CourseEditorView.class);
        test($(Button.class).id("new-exercise")).click();
        @SuppressWarnings("unchecked")
        Select<String> type = $(Select.class).id("new-exercise-type");
        type.setValue("item-labelling");
        test($(TextField.class).id("new-exercise-slug")).setValue("label-uploaded");
        test($(Button.class).id("new-exercise-create")).click();
        test($(TextField.class).id("exercise-title-en")).setValue("Label the uploaded posts");
        test($(TextArea.class).id("exercise-instructions-en")).setValue("Give each post its label.");
        test(yaml("exercise-spec")).setValue("""
                labels:
                  - id: threat
                    title: {en: Threat, fr: Menace}
                  - id: other
                    title: {en: Other, fr: Autre}
                """);

        test($(com.vaadin.flow.component.upload.Upload.class).id("dataset-upload")).upload("posts.csv", "text/csv",
                ("id,text,synthetic\np-1,\"Your mother says hello, from Tarrun.\",true\n"
                        + "p-2,Lovely weather at the harbour today.,true\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        test($(Button.class).id("dataset-upload-use")).click();
        @SuppressWarnings("unchecked")
        Select<Long> dataset = $(Select.class).id("exercise-dataset");
        assertThat(dataset.getValue()).as("the stored dataset is chosen").isNotNull();
        assertThat($(Paragraph.class).id("exercise-draft-error").getText()).contains("2 items");

        TextArea key = yaml("exercise-key");
        String before = key.getValue();
        test($(com.vaadin.flow.component.upload.Upload.class).id("key-upload")).upload("key.csv", "text/csv",
                "item,label,explanation_en\np-1,spam,Names a relative.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(key.getValue()).as("a refused key file changes nothing").isEqualTo(before);

        test($(com.vaadin.flow.component.upload.Upload.class).id("key-upload")).upload("key.csv", "text/csv",
                ("item,label,explanation_en\np-1,threat,It names where the family lives.\n"
                        + "p-2,other,Small talk.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(key.getValue()).contains("p-1").contains("threat");
        test($(Button.class).id("exercise-save")).click();

        assertThat(problems()).isEmpty();
        ExerciseDraftSheet stored = drafts.open(courseId, "label-uploaded");
        assertThat(stored.valid()).isTrue();
        assertThat(stored.datasetId()).isEqualTo(dataset.getValue());
    }

    /** The English explanation field of a key item in the labelling dialog's grid. */
    private TextField explanation(String item) {
        @SuppressWarnings("unchecked")
        Grid<Object> rows = $(Grid.class).id("key-labelling-explanations");
        var tester = test(rows);
        for (int i = 0; i < tester.size(); i++) {
            TextField en = (TextField) tester.getCellComponent(i, 2);
            if (en.getId().orElse("").equals("key-explanation-" + item + "-en")) {
                return en;
            }
        }
        throw new AssertionError("no key row for " + item);
    }

    private List<String> problems() {
        return $(UnorderedList.class).id("exercise-problems").getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<DatasetRow> workspaceGrid() {
        return $(Grid.class).id("dataset-grid");
    }

    private void open(String slug) {
        navigate("instructor/courses/" + courseId + "/exercises/" + slug + "/edit", ExerciseEditorView.class);
    }

    private CourseOutline outline() {
        return catalog.outlines().stream().filter(o -> o.slug().equals("tnr-foundations")).findFirst().orElseThrow();
    }

    private CourseOutline.Step step(String slug) {
        return outline().steps().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static void asColleague(Runnable step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("colleague", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
    /** Switches an editor to its YAML view (the form is the default) and returns the text area. */
    @SuppressWarnings("unchecked")
    private TextArea yaml(String editorId) {
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<FormOrYamlTreeEditor.Mode> mode =
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id(editorId + "-mode");
        mode.setValue(FormOrYamlTreeEditor.Mode.YAML);
        return $(TextArea.class).id(editorId);
    }

    @Test
    void theSpecOpensInTheTypesFormAndAnEditInItsYamlViewComesBackToTheFormAndIsSaved() {
        open(LABELLING);
        assertThat($(org.tnracademy.ui.studio.form.ShapeForm.class).id("exercise-spec-form").isVisible()).isTrue();
        assertThat($(TextArea.class).withId("exercise-spec").all()).as("YAML is the advanced view, not shown first")
                .isEmpty();

        TextArea spec = yaml("exercise-spec");
        assertThat(spec.getValue()).contains("labels:");
        test(spec).setValue(spec.getValue().replaceFirst("en: \"?Doxing\"?", "en: \"Doxing (exposure)\""));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<FormOrYamlTreeEditor.Mode> mode =
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("exercise-spec-mode");
        mode.setValue(FormOrYamlTreeEditor.Mode.FORM);
        test($(Button.class).id("exercise-save")).click();

        ExerciseDraftSheet stored = drafts.open(courseId, LABELLING);
        assertThat(stored.isDraft()).isTrue();
        assertThat(String.valueOf(stored.spec())).contains("Doxing (exposure)");
    }

    @Test
    void unreadableYamlStaysInTheYamlViewWithItsLineInsteadOfLosingTheText() {
        open(LABELLING);
        test(yaml("exercise-spec")).setValue("labels: [unclosed\n");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<FormOrYamlTreeEditor.Mode> mode =
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("exercise-spec-mode");
        mode.setValue(FormOrYamlTreeEditor.Mode.FORM);

        assertThat(mode.getValue()).isEqualTo(FormOrYamlTreeEditor.Mode.YAML);
        assertThat($(Paragraph.class).id("exercise-spec-mode-error").getText()).contains("line");
        assertThat($(TextArea.class).id("exercise-spec").getValue()).contains("[unclosed");
    }
}
