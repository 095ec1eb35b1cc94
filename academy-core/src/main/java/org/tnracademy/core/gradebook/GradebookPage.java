package org.tnracademy.core.gradebook;

import java.util.List;

import org.tnracademy.core.cohort.CohortExercise;

/** A page of a cohort's gradebook with the number of learners the query matches in all. */
public record GradebookPage(List<CohortExercise> columns, List<CohortGradebookRow> rows, int total) {

    public GradebookPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
