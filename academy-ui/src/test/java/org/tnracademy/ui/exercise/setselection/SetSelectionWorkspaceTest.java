package org.tnracademy.ui.exercise.setselection;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.setselection.SetSelectionAnswer;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.setselection.SetSelectionType;

/** The set-selection workspace in its three layouts, filled as a learner would, graded by the type itself. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class SetSelectionWorkspaceTest extends SpringBrowserlessTest {

    private static final SetSelectionType TYPE = (SetSelectionType) ExerciseTypes.get(SetSelectionType.ID);

    @Autowired
    CatalogService catalog;
    @Autowired
    DatasetService datasets;

    long datasetId;

    @BeforeEach
    void findStarterDataset() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        datasetId = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .map(s -> catalog.exercise(s.id(), Locale.ENGLISH).orElseThrow())
                .filter(s -> s.datasetId() != null).findFirst().orElseThrow().datasetId();
    }

    @Test
    void choosingTheKeyFromTheChecklistAloneScoresOne() {
        // the docs' example: six accounts, three of the network
        SetSelectionSpec spec = TYPE.readSpec(Map.of("items",
                List.of("acct-01", "acct-02", "acct-03", "acct-04", "acct-05", "acct-06"), "metric", "f1"));
        SetSelectionWorkspace workspace = attach(new SetSelectionWorkspace(spec, datasets, null));
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEmpty();

        Grid<String> list = grid("item-checklist");
        for (String id : List.of("acct-05", "acct-02", "acct-03")) {
            checkboxInRow(list, id).setValue(true);
        }

        assertThat($(Span.class).id("item-count").getText()).isEqualTo("3 of 6 items chosen");
        assertThat(workspace.isEmpty()).isFalse();
        assertThat(workspace.answer()).isEqualTo(Map.of("chosen", List.of("acct-02", "acct-03", "acct-05")));
        assertThat(grade(spec, workspace).score()).isEqualTo(1.0);
    }

    @Test
    void choosingPostsInTheDatasetGridWithFiltersScoresOneAndChosenOnlyShowsThem() {
        List<String> posts = datasets.itemKeys(datasetId);
        SetSelectionSpec spec = TYPE.readSpec(Map.of("items", posts));
        SetSelectionWorkspace workspace = attach(new SetSelectionWorkspace(spec, datasets, datasetId));
        Grid<DatasetRow> grid = grid("selection-grid");
        assertThat(test(grid).size()).isEqualTo(posts.size());

        // narrow by author, then choose every post shown
        DatasetRow someone = datasets.rows(datasetId, DatasetQuery.all(), 2, 1).getFirst();
        $(TextField.class).id("selection-author").setValue(someone.author());
        int byAuthor = test(grid).size();
        assertThat(byAuthor).isPositive().isLessThan(posts.size());
        for (int i = 0; i < byAuthor; i++) {
            assertThat(test(grid).getRow(i).author()).containsIgnoringCase(someone.author());
            ((Checkbox) test(grid).getCellComponent(i, "chosen")).setValue(true);
        }
        $(TextField.class).id("selection-author").clear();
        $(TextField.class).id("selection-platform").setValue(someone.platform());
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).platform()).isEqualTo(someone.platform());
        }
        $(TextField.class).id("selection-platform").clear();

        $(Checkbox.class).id("selection-chosen-only").setValue(true);
        assertThat(test(grid).size()).isEqualTo(byAuthor);
        @SuppressWarnings("unchecked")
        List<String> chosen = (List<String>) workspace.answer().get("chosen");
        assertThat(chosen).hasSize(byAuthor);

        Map<String, Object> key = new LinkedHashMap<>();
        key.put("selected", chosen);
        SetSelectionResult result = TYPE.grade(spec, TYPE.readKey(spec, key), TYPE.readAnswer(spec, workspace.answer()));
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void accountsBesideTheLogFilterTheLogToTheChosenAccount() {
        List<String> authors = datasets.rows(datasetId, DatasetQuery.all(), 0, 40).stream().map(DatasetRow::author)
                .distinct().limit(4).toList();
        SetSelectionSpec spec = TYPE.readSpec(Map.of("items", authors, "metric", "jaccard"));
        SetSelectionWorkspace workspace = attach(new SetSelectionWorkspace(spec, datasets, datasetId));
        Grid<DatasetRow> log = grid("activity-log");
        assertThat(test(log).size()).isEqualTo(datasets.count(datasetId, DatasetQuery.all()));

        Grid<String> list = grid("item-checklist");
        test((Button) test(list).getCellComponent(1, 2)).click();
        assertThat(test(log).size()).isPositive();
        for (int i = 0; i < test(log).size(); i++) {
            assertThat(test(log).getRow(i).author()).isEqualTo(authors.get(1));
        }
        assertThat($(Span.class).id("log-author").getText()).contains(authors.get(1));

        checkboxInRow(list, authors.get(1)).setValue(true);
        checkboxInRow(list, authors.get(3)).setValue(true);
        $(TextField.class).id("item-search").setValue(authors.get(3).substring(1, 5));
        assertThat(test(list).size()).isGreaterThanOrEqualTo(1);

        Map<String, Object> key = Map.of("selected", List.of(authors.get(1), authors.get(3)));
        assertThat(TYPE.grade(spec, TYPE.readKey(spec, key), TYPE.readAnswer(spec, workspace.answer())).score())
                .isEqualTo(1.0);
        test($(Button.class).id("log-show-all")).click();
        assertThat(test(log).size()).isEqualTo(datasets.count(datasetId, DatasetQuery.all()));
    }

    @Test
    void readOnlyLocksTheChoice() {
        SetSelectionSpec spec = TYPE.readSpec(Map.of("items", List.of("acct-01", "acct-02", "acct-03")));
        SetSelectionWorkspace workspace = attach(new SetSelectionWorkspace(spec, datasets, null));
        checkboxInRow(grid("item-checklist"), "acct-01").setValue(true);

        workspace.setReadOnly(true);
        Checkbox box = checkboxInRow(grid("item-checklist"), "acct-02");
        assertThat(box.isReadOnly()).isTrue();
        box.setValue(true);
        assertThat(workspace.answer()).isEqualTo(Map.of("chosen", List.of("acct-01")));

        workspace.setReadOnly(false);
        checkboxInRow(grid("item-checklist"), "acct-02").setValue(true);
        assertThat(workspace.answer()).isEqualTo(Map.of("chosen", List.of("acct-01", "acct-02")));
    }

    private SetSelectionResult grade(SetSelectionSpec spec, SetSelectionWorkspace workspace) {
        SetSelectionAnswer answer = TYPE.readAnswer(spec, workspace.answer());
        return TYPE.grade(spec, TYPE.readKey(spec, Map.of("selected", List.of("acct-02", "acct-03", "acct-05"))),
                answer);
    }

    private Checkbox checkboxInRow(Grid<String> grid, String item) {
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).equals(item)) {
                return (Checkbox) tester.getCellComponent(i, "chosen");
            }
        }
        throw new AssertionError(item + " is not listed");
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private <W extends org.tnracademy.ui.exercise.workspace.AnswerWorkspace> W attach(W workspace) {
        Component c = workspace.component();
        UI.getCurrent().add(c);
        return workspace;
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceAndItemsNotInTheSpecAreLeftOut() {
        SetSelectionSpec spec = TYPE.readSpec(Map.of("items",
                List.of("acct-01", "acct-02", "acct-03", "acct-04", "acct-05", "acct-06"), "metric", "f1"));
        SetSelectionWorkspace workspace = attach(new SetSelectionWorkspace(spec, datasets, null));
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        Grid<String> list = grid("item-checklist");
        checkboxInRow(list, "acct-05").setValue(true);
        checkboxInRow(list, "acct-02").setValue(true);
        Map<String, Object> draft = workspace.answer();
        assertThat(changes).hasValue(2);

        SetSelectionWorkspace reopened = new SetSelectionWorkspace(spec, datasets, null);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(Map.of("chosen", List.of("acct-05", "acct-99", "acct-02")));

        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
    }
}
