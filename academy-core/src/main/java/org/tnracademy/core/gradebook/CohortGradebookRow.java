package org.tnracademy.core.gradebook;

import java.time.Duration;
import java.util.Map;

/**
 * One learner's line of a cohort gradebook.
 *
 * @param overall   mean standing over the cohort's exercises, an exercise not graded counting 0
 * @param completed exercises with a graded attempt
 * @param cells     a cell per exercise the learner submitted, keyed by exercise id
 */
public record CohortGradebookRow(long learnerId, String username, String displayName, double overall, int completed,
                                 Map<Long, Cell> cells) {

    public CohortGradebookRow {
        cells = Map.copyOf(cells);
    }

    public Cell cell(long exerciseId) {
        return cells.getOrDefault(exerciseId, Cell.NOT_STARTED);
    }

    /**
     * @param score    the standing under the exercise's scoring policy; null until an attempt is graded
     * @param attempts attempts submitted, graded or waiting
     */
    public record Cell(Double score, int attempts, Duration timeSpent, CellStatus status) {
        public static final Cell NOT_STARTED = new Cell(null, 0, Duration.ZERO, CellStatus.NOT_STARTED);
    }
}
