package org.tnracademy.ui.instructor;

import org.tnracademy.ui.testsupport.ActingAs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.KeyVersionInfo;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.regrade.RegradeLine;
import org.tnracademy.core.regrade.RegradeService;

/**
 * The answer-key screen without a browser: the key in force, bad YAML and a bad key shown clearly
 * with the editor kept as typed, and a preview then apply that stores a new key version.
 */
@SpringBootTest
@TestPropertySource(properties = "academy.test.isolated-context=instructor")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class AnswerKeyViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    RegradeService regrade;
    @Autowired
    org.tnracademy.core.studio.ExerciseDrafts exerciseDrafts;
    @Autowired
    org.tnracademy.core.studio.CoursePublishing coursePublishing;
    @Autowired
    AccountProvisioning provisioning;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aYamlSyntaxErrorIsShownWithItsLineAndTheEditorKeepsTheText() {
        open(exercise("set-selection"));
        TextArea editor = $(TextArea.class).id("key-editor");
        assertThat(editor.getValue()).as("the key in force is in the editor").contains("selected:");
        String typed = "selected:\n  - \"@a_syn\"\n  bad: [unclosed\n";
        test(editor).setValue(typed);
        test($(Button.class).id("key-preview")).click();

        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).startsWith("The key is not valid YAML at line 3, column");
        assertThat(problemsHeadline()).startsWith("The key is not valid YAML at line 3");
        assertThat(editor.getValue()).as("nothing lost from the editor").isEqualTo(typed);
        assertThat($(Button.class).id("key-apply").isEnabled()).isFalse();
    }

    @Test
    void aKeyWithAnUnknownItemIsRefusedWithItsPathAndNothingIsStored() {
        long exerciseId = exercise("set-selection");
        int before = regrade.keyOverview(exerciseId).currentKeyVersion();
        open(exerciseId);
        TextArea editor = $(TextArea.class).id("key-editor");
        String typed = "selected: [\"@nobody_here_syn\"]\n";
        test(editor).setValue(typed);
        test($(Button.class).id("key-preview")).click();

        assertThat(editor.isInvalid()).isTrue();
        assertThat(problemsHeadline()).isEqualTo("The key does not fit the exercise: 1 problem.");
        assertThat($(Div.class).id("key-problems").getElement().getTextRecursively())
                .contains("selected").contains("@nobody_here_syn");
        assertThat(editor.getValue()).isEqualTo(typed);
        assertThat($(Button.class).id("key-apply").isEnabled()).isFalse();
        assertThat(regrade.keyOverview(exerciseId).currentKeyVersion()).isEqualTo(before);
    }

    @Test
    void aLabellingKeyWithAnItemOutsideTheDatasetIsRefusedWithItsPath() {
        long exerciseId = exercise("item-labelling");
        open(exerciseId);
        TextArea editor = $(TextArea.class).id("key-editor");
        String key = editor.getValue().replaceFirst("item: \"?([^\"\\n]+)\"?", "item: \"not-in-dataset\"");
        assertThat(key).contains("not-in-dataset");
        test(editor).setValue(key);
        test($(Button.class).id("key-preview")).click();

        String problems = $(Div.class).id("key-problems").getElement().getTextRecursively();
        assertThat(problems).contains("items[0].item: “not-in-dataset” is not an item of the exercise’s dataset");
        assertThat(problems).contains("has no entry in the key");
    }

    @Test
    void aPreviewShowsOldAndNewScoresAndApplyStoresTheNewKeyVersion() {
        long exerciseId = exercise("set-selection");
        List<String> selected = currentSelection(exerciseId);
        String learner = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Keyed " + learner, "secret-password", EnumSet.of(Role.LEARNER));
        // the learner picks exactly the key: full marks now; the new key drops one member
        GradedAttempt attempt = ActingAs.learner(learner, () -> grading.submit(exerciseId,
                Map.of("chosen", selected), UUID.randomUUID().toString()));
        assertThat(attempt.score()).isEqualTo(1.0);
        int before = regrade.keyOverview(exerciseId).currentKeyVersion();

        open(exerciseId);
        List<String> fewer = selected.subList(1, selected.size());
        test($(TextArea.class).id("key-editor")).setValue("selected: [" + String.join(", ",
                fewer.stream().map(s -> "\"" + s + "\"").toList()) + "]\n");
        test($(Button.class).id("key-preview")).click();

        @SuppressWarnings("unchecked")
        Grid<RegradeLine> lines = $(Grid.class).id("key-preview-lines");
        var rows = test(lines);
        RegradeLine mine = null;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).attemptId() == attempt.attemptId()) {
                mine = rows.getRow(i);
            }
        }
        assertThat(mine).isNotNull();
        // n selected, the answer has n items of which n-1 are in the new key: F1 = 2(n-1)/(2(n-1)+1)
        double n = selected.size();
        assertThat(mine.newScore()).isCloseTo(2 * (n - 1) / (2 * (n - 1) + 1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat($(Paragraph.class).id("key-counts").getText()).contains("would change").contains("down");
        assertThat($(Div.class).id("key-summary-bar").getElement().getAttribute("aria-label")).contains("down");
        assertThat($(Button.class).id("key-apply").isEnabled()).isTrue();
        assertThat(regrade.keyOverview(exerciseId).currentKeyVersion()).as("a preview stores nothing")
                .isEqualTo(before);

        test($(Button.class).id("key-apply")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(regrade.keyOverview(exerciseId).currentKeyVersion()).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        Grid<KeyVersionInfo> versions = $(Grid.class).id("key-versions");
        assertThat(test(versions).size()).isEqualTo(before + 1);
        assertThat(test(versions).getRow(0).current()).isTrue();
        GradedAttempt seen = ActingAs.learner(learner, () -> grading.myLatestAttempt(exerciseId).orElseThrow());
        assertThat(seen.regradedAt()).isNotNull();
        assertThat(seen.score()).isLessThan(1.0);

        // the learner sees the grade the regrade replaced, on the exercise page
        String history = ActingAs.learner(learner, () -> {
            navigate("exercises/" + exerciseId, org.tnracademy.ui.exercise.ExerciseView.class);
            return $(com.vaadin.flow.component.html.UnorderedList.class).id("grade-history").getElement().getTextRecursively();
        });
        assertThat(history).contains("from version " + before + " to version " + (before + 1))
                .contains("from 100% to " + org.tnracademy.ui.i18n.Formats.percent(seen.score(), java.util.Locale.ENGLISH));
    }

    @Test
    void aDraftKeyRefusedAtPublishingOpensHereWithItsDryRunAndOnceAppliedTheCourseCanBePublished() {
        long exerciseId = exercise("set-selection");
        List<String> selected = currentSelection(exerciseId);
        String learner = "drafted-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Drafted " + learner, "secret-password", EnumSet.of(Role.LEARNER));
        ActingAs.learner(learner, () -> grading.submit(exerciseId, Map.of("chosen", selected),
                UUID.randomUUID().toString()));
        long courseId = catalog.outlines().stream().filter(o -> o.steps().stream().anyMatch(st -> st.id() == exerciseId))
                .findFirst().orElseThrow().id();
        String slug = catalog.outlines().stream().flatMap(o -> o.steps().stream()).filter(st -> st.id() == exerciseId)
                .findFirst().orElseThrow().slug();
        org.tnracademy.core.studio.ExerciseDraftSheet opened = exerciseDrafts.open(courseId, slug);
        org.tnracademy.core.studio.ExerciseDraftContent c = opened.content();
        Map<String, Object> fewer = new java.util.LinkedHashMap<>(c.key());
        fewer.put("selected", selected.subList(1, selected.size()));
        exerciseDrafts.save(courseId, slug, new org.tnracademy.core.studio.ExerciseDraftContent(c.moduleId(), c.title(),
                c.instructions(), c.level(), c.forms(), c.policy(), c.spec(), fewer, c.datasetId()), opened.revision());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> coursePublishing.publish(courseId))
                .isInstanceOf(org.tnracademy.core.studio.ExerciseDraftRefusedException.class);

        // as the course editor's link does
        com.vaadin.flow.component.UI.getCurrent().navigate(AnswerKeyView.class,
                new com.vaadin.flow.router.RouteParameters("exerciseId", String.valueOf(exerciseId)),
                AnswerKeyView.fromDraft(courseId, slug));
        assertThat(getCurrentView()).isInstanceOf(AnswerKeyView.class);
        assertThat($(Paragraph.class).id("key-from-draft").getText()).as("the draft by its title, not its id")
                .contains("“" + c.title().in(java.util.Locale.ENGLISH) + "”").doesNotContain(slug);
        assertThat($(TextArea.class).id("key-editor").getValue()).doesNotContain("\"" + selected.getFirst() + "\"");
        @SuppressWarnings("unchecked")
        Grid<RegradeLine> lines = $(Grid.class).id("key-preview-lines");
        assertThat(test(lines).size()).as("the dry run is shown at once").isPositive();
        test($(Button.class).id("key-apply")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(coursePublishing.publish(courseId).packVersion()).as("the key in force is the draft's now").isPositive();
    }

    @Test
    void anUploadedKeyFileLandsInTheEditorToBeChecked() {
        open(exercise("set-selection"));
        test($(Upload.class).id("key-upload")).upload("key.yaml", "application/yaml",
                "selected: [\"@x_syn\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TextArea editor = $(TextArea.class).id("key-editor");
        assertThat(editor.getValue()).isEqualTo("selected: [\"@x_syn\"\n");
        test($(Button.class).id("key-preview")).click();
        assertThat(editor.isInvalid()).isTrue();
        assertThat(problemsHeadline()).startsWith("The key is not valid YAML at line");
    }

    @Test
    void writtenAnalysesHaveNoRegrade() {
        open(exercise("written-analysis"));
        assertThat($(Button.class).id("key-preview").isEnabled()).isFalse();
        assertThat(problemsHeadline()).contains("not by a key");
    }

    private List<String> currentSelection(long exerciseId) {
        @SuppressWarnings("unchecked")
        List<String> selected = (List<String>) org.tnracademy.core.regrade.KeyYaml.parse(
                regrade.keyOverview(exerciseId).currentKeyYaml()).get("selected");
        return selected;
    }

    private String problemsHeadline() {
        return $(Paragraph.class).id("key-problems-headline").getText();
    }

    private void open(long exerciseId) {
        navigate("instructor/exercises/" + exerciseId + "/key", AnswerKeyView.class);
    }

    private long exercise(String type) {
        return catalog.allExercises().stream().filter(s -> type.equals(s.exerciseType())).findFirst().orElseThrow()
                .id();
    }
}
