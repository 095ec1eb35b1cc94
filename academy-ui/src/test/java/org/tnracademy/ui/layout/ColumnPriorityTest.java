package org.tnracademy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** A grid shows its full columns when they fit and one stacked column when they do not, never both. */
class ColumnPriorityTest {

    record Row(String author, String text) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final Grid.Column<Row> author = grid.addColumn(Row::author).setHeader("Author").setWidth("10rem");
    private final Grid.Column<Row> text = grid.addColumn(Row::text).setHeader("Text").setWidth("20rem");
    private final ColumnPriority<Row> priority = ColumnPriority.of(grid).wideOnly(author, text);
    private final Grid.Column<Row> label = grid.addColumn(Row::text).setHeader("Label").setWidth("10rem");
    /** 10 + 20 + 10 rem. */
    private static final int FULL_PX = 40 * 16;

    @Test
    void aWideGridHasNoStackedColumnAtAllSoNoneOfItsDataIsSent() {
        priority.stacked("Post", Row::author, Row::text);

        priority.fit(FULL_PX);

        assertThat(grid.getColumns()).containsExactly(author, text, label);
        assertThat(author.isVisible()).isTrue();
        assertThat(priority.isNarrow()).isFalse();
    }

    @Test
    void aNarrowGridHidesTheFullColumnsAndAddsTheStackedOneInItsPlace() {
        priority.stacked("Post", Row::author, Row::text);
        grid.addColumn(Row::text).setHeader("Move").setWidth("4rem").setKey("move");

        priority.fit(FULL_PX / 2);

        List<Grid.Column<Row>> columns = grid.getColumns();
        assertThat(columns).hasSize(5);
        // declared after the label column, before the one added later
        assertThat(columns.get(2)).isSameAs(label);
        assertThat(columns.get(3).getKey()).isEqualTo(ColumnPriority.STACKED_KEY);
        assertThat(columns.get(4).getKey()).isEqualTo("move");
        assertThat(author.isVisible()).isFalse();
        assertThat(text.isVisible()).isFalse();
        assertThat(columns.get(3).isVisible()).isTrue();
    }

    @Test
    void widenedAgainTheStackedColumnIsRemovedOnlyOnceThereIsRoomToSpare() {
        priority.stacked("Post", Row::author, Row::text);
        priority.fit(300);
        assertThat(grid.getColumns()).hasSize(4);

        // a scroll bar's worth wider is not enough: the stacked view stays, so nothing flickers
        priority.fit(FULL_PX + 10);
        assertThat(priority.isNarrow()).isTrue();

        priority.fit(FULL_PX + ColumnPriority.SPARE_PX);
        assertThat(priority.isNarrow()).isFalse();
        assertThat(grid.getColumns()).containsExactly(author, text, label);
        assertThat(text.isVisible()).isTrue();

        priority.fit(300);
        assertThat(grid.getColumns()).hasSize(4).contains(author, text, label);
    }

    @Test
    void theGridIsUnseenUntilItsFirstWidthIsFitted() {
        assertThat(grid.getElement().hasAttribute(ColumnPriority.FITTING)).isTrue();

        priority.fit(0); // still hidden in a closed panel
        assertThat(grid.getElement().hasAttribute(ColumnPriority.FITTING)).isTrue();

        priority.fit(FULL_PX * 2);
        assertThat(grid.getElement().hasAttribute(ColumnPriority.FITTING)).isFalse();
    }

    @Test
    void listenersHearEachTurnAndNotARepeatedWidth() {
        AtomicInteger turns = new AtomicInteger();
        priority.onChange(turns::incrementAndGet);

        priority.fit(300);
        priority.fit(310);
        priority.fit(FULL_PX * 2);

        assertThat(turns).hasValue(2);
    }

    @Test
    void aSecondStackedColumnIsRefused() {
        priority.stacked("Post", Row::author, Row::text);

        assertThatThrownBy(() -> priority.stacked("Again", Row::author, Row::text))
                .isInstanceOf(IllegalStateException.class);
    }
}
