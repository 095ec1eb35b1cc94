package org.tnracademy.ui.exercise.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.exercises.attribution.AttributionResult;
import org.tnracademy.exercises.attribution.AttributionSpec;
import org.tnracademy.exercises.attribution.AttributionType;
import org.tnracademy.exercises.types.ExerciseTypes;

/** The attribution workspace filled as a learner would, graded by the type itself, and its draft put back. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class AttributionWorkspaceTest extends SpringBrowserlessTest {

    private static final AttributionType TYPE = (AttributionType) ExerciseTypes.get(AttributionType.ID);
    private static final AttributionSpec SPEC = TYPE.readSpec(Map.of("accounts", List.of("@ash_syn", "@birch_syn",
            "@cedar_syn", "@dune_syn", "@elm_syn", "@fern_syn")));
    private static final Map<String, Object> KEY = Map.of("operators", List.of(
            Map.of("accounts", List.of("@ash_syn", "@birch_syn", "@cedar_syn")),
            Map.of("accounts", List.of("@dune_syn", "@elm_syn"))));

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void groupsBuiltWithTheRowPickersAreTheAnswerAndTheKeysGroupingScoresOne() {
        AttributionWorkspace workspace = attach();
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEmpty();

        pick("@birch_syn", "New group");
        // a group of one says nothing yet
        assertThat(workspace.isEmpty()).isTrue();
        pick("@ash_syn", "Group 1");
        assertThat(workspace.isEmpty()).isFalse();
        pick("@cedar_syn", "Group 1");
        pick("@elm_syn", "New group");
        pick("@dune_syn", "Group 2");

        assertThat(workspace.answer()).isEqualTo(Map.of("groups", List.of(
                List.of("@ash_syn", "@birch_syn", "@cedar_syn"), List.of("@dune_syn", "@elm_syn"))));
        assertThat($(Paragraph.class).id("attribution-group-count").getText())
                .isEqualTo("2 groups, 5 of 6 accounts placed.");
        assertThat($(ListItem.class).id("attribution-group-2").getText())
                .isEqualTo("Group 2 (2 accounts): @dune_syn, @elm_syn");
        AttributionResult result = TYPE.grade(SPEC, TYPE.readKey(SPEC, KEY), TYPE.readAnswer(SPEC, workspace.answer()));
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void aGroupLeftEmptyClosesAndTheGroupsAfterItMoveUp() {
        AttributionWorkspace workspace = attach();
        pick("@ash_syn", "New group");
        pick("@dune_syn", "New group");
        pick("@elm_syn", "Group 2");
        pick("@ash_syn", "On its own");
        assertThat(workspace.answer()).isEqualTo(Map.of("groups", List.of(List.of("@dune_syn", "@elm_syn"))));
        assertThat(picker("@elm_syn").getValue()).isEqualTo(1);
    }

    @Test
    void aDraftIsPutBackAndAccountsNotInTheSpecOrPlacedTwiceAreLeftOut() {
        AttributionWorkspace workspace = attach();
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        pick("@ash_syn", "New group");
        pick("@birch_syn", "Group 1");
        Map<String, Object> draft = workspace.answer();
        assertThat(changes).hasValue(2);

        AttributionWorkspace reopened = new AttributionWorkspace(SPEC, null, null);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(Map.of("groups", List.of(List.of("@ash_syn", "@nobody_syn", "@birch_syn"),
                List.of("@ash_syn"), "not a group")));
        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
    }

    @Test
    void aLockedWorkspaceChangesNothing() {
        AttributionWorkspace workspace = attach();
        pick("@ash_syn", "New group");
        workspace.setReadOnly(true);
        assertThat(picker("@birch_syn").isReadOnly()).isTrue();
        workspace.setReadOnly(false);
        pick("@birch_syn", "Group 1");
        assertThat(workspace.answer()).isEqualTo(Map.of("groups", List.of(List.of("@ash_syn", "@birch_syn"))));
    }

    private AttributionWorkspace attach() {
        AttributionWorkspace workspace = new AttributionWorkspace(SPEC, null, null);
        UI.getCurrent().add(workspace.component());
        return workspace;
    }

    private void pick(String account, String label) {
        test(picker(account)).selectItem(label);
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> picker(String account) {
        Grid<String> grid = $(Grid.class).id("attribution-accounts");
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).equals(account)) {
                return (Select<Integer>) tester.getCellComponent(i, "group");
            }
        }
        throw new AssertionError(account + " is not listed");
    }
}
