package org.tnracademy.ui.exercise;

import org.tnracademy.ui.testsupport.LabelPicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.dom.Element;
import org.tnracademy.exercises.labelling.ItemFeedback;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.ui.error.NotFoundView;

/** The exercise page on an item-labelling exercise, without a browser: labelling, submitting, feedback, and bad input. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class ExerciseViewLabellingTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    GradingService grading;

    long exerciseId;

    @BeforeEach
    void findStarterExercise() {
        exerciseId = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("label-posts-basics")).findFirst().orElseThrow().id();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void labellingEveryItemCorrectlyScoresFullMarksWithFeedback() {
        int attemptsBefore = grading.myAttempts(exerciseId).size();
        navigate("exercises/" + exerciseId, ExerciseView.class);
        Map<String, String> key = expectedLabels(keys.material(exerciseId).orElseThrow().keyTree());
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        var tester = test(grid);
        int size = tester.size();
        assertThat(size).isEqualTo(key.size());
        for (int i = 0; i < size; i++) {
            DatasetRow row = tester.getRow(i);
            pick(grid, i, key.get(row.itemKey()));
        }
        assertThat($(Span.class).id("labelled-count").getText()).isEqualTo(size + " of " + size + " items labelled");

        test($(Button.class).id("submit-answer")).click();

        assertThat($(Span.class).id("score").getText()).isEqualTo("100%");
        assertThat(grading.myAttempts(exerciseId)).hasSize(attemptsBefore + 1);
        // every post in the per-item list, right, with the label given and the one expected
        @SuppressWarnings("unchecked")
        VirtualList<ItemFeedback> perItem = $(VirtualList.class).id("item-feedback");
        var items = test(perItem);
        assertThat(items.size()).isEqualTo(size);
        assertThat(items.getLitRendererPropertyValue(0, "outcome", String.class)).isEqualTo("Correct");
        assertThat(items.getLitRendererPropertyValue(0, "name", String.class)).matches("Post \\d+");
        String given = items.getLitRendererPropertyValue(0, "f0", String.class);
        assertThat(given).startsWith("Your label: ");
        assertThat(items.getLitRendererPropertyValue(0, "f1", String.class))
                .isEqualTo(given.replace("Your label", "Correct label"));
        // the per-label table: a header row and one row per label the key uses, each with F1 of 1
        Element table = $(Div.class).id("per-label-metrics").getElement().getChild(0);
        assertThat(table.getTag()).isEqualTo("table");
        assertThat(table.getChild(0).getChildren().map(Element::getText))
                .containsExactly("Label", "Items", "Precision", "Recall", "F1");
        assertThat(table.getChildCount()).isGreaterThan(1);
        for (int r = 1; r < table.getChildCount(); r++) {
            assertThat(table.getChild(r).getChild(4).getText()).isEqualTo("1.00");
        }
    }

    @Test
    void aConfirmationTappedTwiceRecordsOneAttempt() {
        int attemptsBefore = grading.myAttempts(exerciseId).size();
        ConfirmDialog confirm = submittingWithOneItemLabelled();
        // as a browser sends a double tap, or a click on the dialog while it closes: two confirm events
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(grading.myAttempts(exerciseId)).hasSize(attemptsBefore + 1);
    }

    @Test
    void anEmptySubmissionIsRefusedWithAMessageAndNothingIsRecorded() {
        int attemptsBefore = grading.myAttempts(exerciseId).size();
        navigate("exercises/" + exerciseId, ExerciseView.class);

        test($(Button.class).id("submit-answer")).click();

        List<Notification> shown = $(Notification.class).all();
        assertThat(shown).anyMatch(n -> test(n).getText().equals("Answer at least one part before submitting."));
        assertThat(grading.myAttempts(exerciseId)).hasSize(attemptsBefore);
        assertThat($(Button.class).id("submit-answer").isEnabled()).isTrue();
    }

    @Test
    void submittingWithUnlabelledItemsAsksFirstAndCancelLosesNothing() {
        int attemptsBefore = grading.myAttempts(exerciseId).size();
        ConfirmDialog confirm = submittingWithOneItemLabelled();
        test(confirm).cancel();

        assertThat(grading.myAttempts(exerciseId)).hasSize(attemptsBefore);
        assertThat($(Span.class).id("labelled-count").getText()).startsWith("1 of ");
        assertThat($(Button.class).id("submit-answer").isEnabled()).isTrue();
    }

    @Test
    void aPickOfALabelTheExerciseDoesNotHaveIsIgnoredAndTheRowShowsWhatCounts() {
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        pick(grid, 0, "benign");
        assertThat(LabelPicks.shown(test(grid), 0)).isEqualTo("benign");

        pick(grid, 0, "not-a-label-of-this-exercise");

        assertThat(LabelPicks.shown(test(grid), 0)).isEqualTo("benign");
        assertThat($(Span.class).id("labelled-count").getText()).startsWith("1 of ");
        pick(grid, 0, "");
        assertThat($(Span.class).id("labelled-count").getText()).startsWith("0 of ");
        assertThat(LabelPicks.shown(test(grid), 0)).isEmpty();
    }

    /** Opens the exercise, labels its first row and presses Submit: the page asks about the items left. */
    private ConfirmDialog submittingWithOneItemLabelled() {
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        pick(grid, 0, "benign");
        test($(Button.class).id("submit-answer")).click();
        return $(ConfirmDialog.class).single();
    }

    private void pick(Grid<DatasetRow> grid, int row, String label) {
        LabelPicks.pick(test(grid), row, label);
    }

    @Test
    void searchAndLanguageFilterNarrowTheGrid() {
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        int all = test(grid).size();
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("dataset-language");
        language.setValue("fr");
        int french = test(grid).size();
        assertThat(french).isPositive().isLessThan(all);
        for (int i = 0; i < french; i++) {
            assertThat(test(grid).getRow(i).lang()).isEqualTo("fr");
        }
    }

    @Test
    void anUnknownExerciseIdShowsNotFound() {
        UI.getCurrent().navigate("exercises/999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("exercises/not-a-number");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    /** The key tree of item-labelling: {@code {items: [{item, label, explanation}]}}. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> expectedLabels(Map<String, Object> keyTree) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (Object entry : (List<Object>) keyTree.get("items")) {
            Map<String, Object> e = (Map<String, Object>) entry;
            labels.put((String) e.get("item"), (String) e.get("label"));
        }
        return labels;
    }
}
