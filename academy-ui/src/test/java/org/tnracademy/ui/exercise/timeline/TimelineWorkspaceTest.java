package org.tnracademy.ui.exercise.timeline;

import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.exercises.timeline.TimelineEvent;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.exercises.timeline.TimelineType;
import org.tnracademy.ui.exercise.workspace.TimelineExample;

/** The timeline workspace reordered with its move buttons and by dropping rows, graded by the timeline type. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class TimelineWorkspaceTest extends SpringBrowserlessTest {

    private static final TimelineType TYPE = new TimelineType();

    TimelineSpec spec;
    TimelineWorkspace workspace;
    Grid<TimelineEvent> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        spec = TYPE.readSpec(TimelineExample.spec());
        workspace = new TimelineWorkspace(spec);
        UI.getCurrent().add(workspace.component());
        grid = $(Grid.class).id("timeline-grid");
    }

    @Test
    void movingEventsIntoTheRightOrderWithTheButtonsScoresOne() {
        assertThat(workspace.isEmpty()).isTrue();
        assertThat(workspace.answer()).isEmpty();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("05/03/2025 02:10 (UTC+5)");
        // shown c, a, b: move c down twice
        test(moveButton("later-ev-c")).click();
        test(moveButton("later-ev-c")).click();
        assertThat(moveButton("later-ev-c").isEnabled()).isFalse();
        assertThat(moveButton("earlier-ev-a").getElement().getAttribute("aria-label"))
                .isEqualTo("Move the event at position 1, shown as 4 Mar 2025, 21:30 CET, earlier");
        assertThat($(Span.class).id("timeline-status").getText())
                .isEqualTo("“A thread asks who will 'pay her a visit'.”, shown as 05/03/2025 02:10 (UTC+5), is now at position 3 of 3.")
                .doesNotContain("ev-");

        assertThat(workspace.isEmpty()).isFalse();
        assertThat(workspace.answer()).isEqualTo(Map.of("order", List.of("ev-a", "ev-b", "ev-c")));
        assertThat(TYPE.grade(spec, TYPE.readKey(spec, TimelineExample.key()),
                TYPE.readAnswer(spec, workspace.answer())).score()).isEqualTo(1.0);
    }

    @Test
    void droppingARowPutsItBeforeOrAfterTheTarget() {
        TimelineEvent c = test(grid).getRow(0);
        TimelineEvent b = test(grid).getRow(2);
        workspace.dropAt(c, b, true);
        assertThat(workspace.answer()).isEqualTo(Map.of("order", List.of("ev-a", "ev-b", "ev-c")));
        workspace.dropAt(c, test(grid).getRow(0), false);
        assertThat(workspace.answer()).isEqualTo(Map.of("order", List.of("ev-c", "ev-a", "ev-b")));
        TYPE.readAnswer(spec, workspace.answer());
    }

    @Test
    void confirmingTheShownOrderAnswersAndReadOnlyLocksTheOrder() {
        test($(Button.class).id("timeline-confirm")).click();
        assertThat(workspace.answer()).isEqualTo(Map.of("order", List.of("ev-c", "ev-a", "ev-b")));
        assertThat(TYPE.grade(spec, TYPE.readKey(spec, TimelineExample.key()),
                TYPE.readAnswer(spec, workspace.answer())).score()).isEqualTo(1.0 / 3);

        workspace.setReadOnly(true);
        assertThat(grid.isRowsDraggable()).isFalse();
        assertThat(moveButton("later-ev-c").isEnabled()).isFalse();
        workspace.dropAt(test(grid).getRow(0), test(grid).getRow(2), true);
        assertThat(workspace.answer()).isEqualTo(Map.of("order", List.of("ev-c", "ev-a", "ev-b")));
    }

    /** The move buttons live in the grid's cells: found there, as the browser would render them. */
    private Button moveButton(String id) {
        for (int row = 0; row < test(grid).size(); row++) {
            var buttons = test(grid).getCellComponent(row, 4).getChildren()
                    .filter(c -> c.getId().orElse("").equals(id)).toList();
            if (!buttons.isEmpty()) {
                return (Button) buttons.getFirst();
            }
        }
        throw new AssertionError("no button " + id);
    }

    @Test
    void aDraftIsPutBackIntoANewWorkspaceOnlyWhenItOrdersEveryEvent() {
        AtomicInteger changes = new AtomicInteger();
        workspace.addAnswerChangeListener(changes::incrementAndGet);
        test(moveButton("later-ev-c")).click();
        Map<String, Object> draft = workspace.answer();
        assertThat(changes).hasValue(1);

        TimelineWorkspace reopened = new TimelineWorkspace(spec);
        AtomicInteger reopenedChanges = new AtomicInteger();
        reopened.addAnswerChangeListener(reopenedChanges::incrementAndGet);
        reopened.restore(Map.of("order", List.of("ev-a", "ev-c")));
        assertThat(reopened.isEmpty()).as("an order missing an event is not put back").isTrue();
        reopened.restore(draft);

        assertThat(reopened.answer()).isEqualTo(draft);
        assertThat(reopenedChanges).hasValue(0);
    }
}
