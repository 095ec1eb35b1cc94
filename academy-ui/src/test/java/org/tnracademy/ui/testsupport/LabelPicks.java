package org.tnracademy.ui.testsupport;

import com.vaadin.flow.component.grid.GridTester;
import org.tnracademy.core.dataset.DatasetRow;
import tools.jackson.databind.node.JsonNodeFactory;

/** The item-labelling grid's per-row label picker, as the page uses it: drawn in the browser, picks sent back. */
public final class LabelPicks {

    /** The label column's place in the grid. */
    public static final int COLUMN = 6;

    private LabelPicks() {
    }

    /** What the row's picker sends when the learner chooses a label ("" to clear it). */
    public static void pick(GridTester<?, DatasetRow> grid, int row, String label) {
        grid.invokeLitRendererFunction(row, COLUMN, "pick", JsonNodeFactory.instance.arrayNode().add(label));
    }

    /** The label the row's picker shows ("" for none). */
    public static String shown(GridTester<?, DatasetRow> grid, int row) {
        return grid.getLitRendererPropertyValue(row, COLUMN, "label", String.class);
    }
}
