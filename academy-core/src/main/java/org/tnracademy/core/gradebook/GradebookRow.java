package org.tnracademy.core.gradebook;

import java.util.Map;

/** One learner's line of the gradebook: a cell per exercise attempted, keyed by exercise id. */
public record GradebookRow(long learnerId, String displayName, String username, Map<Long, Cell> cells) {

    public GradebookRow {
        cells = Map.copyOf(cells);
    }

    public record Cell(double score, int attempts) {
    }
}
