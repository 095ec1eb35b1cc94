package org.tnracademy.load;

import java.io.IOException;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What the browser's grid connector does for a lazy {@code vaadin-grid}: asks for the rows of the
 * viewport when the learner scrolls ({@code setViewportRange}), and confirms each data update the
 * server sent ({@code confirmUpdate}), without which the server keeps the update's rows pending.
 */
final class GridDriver {

    private GridDriver() {
    }

    /** Scrolls the grid so that rows from {@code first} on are in view, then confirms the updates. */
    static void scrollTo(VaadinConnection tab, UidlNode grid, int first, LabelColumn column)
            throws IOException, InterruptedException {
        int pageSize = tab.lock(() -> {
            JsonNode size = grid.property("pageSize");
            return size == null ? 50 : size.asInt();
        });
        int start = first / pageSize * pageSize;
        tab.call(grid, "setViewportRange", start, pageSize * 2);
        confirmUpdates(tab, grid, column);
    }

    /**
     * Sends {@code confirmUpdate(id)} for every {@code $connector.confirm(id)} the server asked the
     * page to run; the label column learns the rows that came with them.
     */
    static void confirmUpdates(VaadinConnection tab, UidlNode grid, LabelColumn column)
            throws IOException, InterruptedException {
        List<JsonNode> executed = tab.takeExecuted();
        column.learn(executed);
        for (JsonNode execute : executed) {
            for (JsonNode invocation : execute) {
                int last = invocation.size() - 1;
                if (last < 1 || !invocation.get(last).asString("").contains("$connector.confirm(")) {
                    continue;
                }
                for (int i = 0; i < last; i++) {
                    if (invocation.get(i).isNumber()) {
                        tab.call(grid, "confirmUpdate", invocation.get(i).asInt());
                    }
                }
            }
        }
    }
}
