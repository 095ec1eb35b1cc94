package org.tnracademy.ui.testsupport;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.tnracademy.core.dataset.DatasetRow;
import tools.jackson.databind.node.JsonNodeFactory;

/** The item-labelling grid's per-row label picker, as the page uses it: drawn in the browser, picks sent back. */
public final class LabelPicks {

    private LabelPicks() {
    }

    /** What the row's picker sends when the learner chooses a label ("" to clear it). */
    public static void pick(GridTester<?, DatasetRow> grid, int row, String label) {
        grid.invokeLitRendererFunction(row, column(grid), "pick", JsonNodeFactory.instance.arrayNode().add(label));
    }

    /** The label the row's picker shows ("" for none). */
    public static String shown(GridTester<?, DatasetRow> grid, int row) {
        return grid.getLitRendererPropertyValue(row, column(grid), "label", String.class);
    }

    /** The label column's place among the grid's columns: the one drawn with a picker's "label". */
    private static int column(GridTester<?, DatasetRow> grid) {
        List<Grid.Column<DatasetRow>> columns = grid.getComponent().getColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getRenderer() instanceof LitRenderer<DatasetRow> lit
                    && lit.getValueProviders().containsKey("label")) {
                return i;
            }
        }
        throw new AssertionError("no label picker column");
    }
}
