package org.tnracademy.core.gradebook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.VisibleLearner;
import org.tnracademy.core.cohort.VisibleLearners;
import org.tnracademy.core.progress.ExerciseStanding;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.SpreadsheetSafe;

/**
 * Learners by exercises with their scores, a page of learners at a time: every learner for
 * administrators, the learners of their own cohorts for a cohort manager.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COHORT_MANAGER', 'ADMIN')")
public class GradebookService {

    private static final int CSV_PAGE = 500;

    private final VisibleLearners learners;
    private final CatalogService catalog;
    private final ProgressService progress;

    GradebookService(VisibleLearners learners, CatalogService catalog, ProgressService progress) {
        this.learners = learners;
        this.catalog = catalog;
        this.progress = progress;
    }

    public List<GradebookColumn> columns() {
        return catalog.allExercises().stream()
                .map(s -> new GradebookColumn(s.id(), s.title(), s.maxAttempts()))
                .toList();
    }

    public int learnerCount() {
        return Math.toIntExact(learners.count());
    }

    /**
     * The whole gradebook as CSV for spreadsheets: one line per learner, two columns per exercise
     * (score in percent under the exercise's scoring policy, attempts used); every cell made safe against formula injection.
     */
    public String csv(Locale locale, ExportHeadings headings) {
        List<GradebookColumn> columns = columns();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of(headings.username(), headings.displayName()));
            for (GradebookColumn c : columns) {
                String title = c.title().in(locale);
                header.add(headings.score().replace("{0}", title));
                header.add(headings.attempts().replace("{0}", title));
            }
            csv.printRecord(header.stream().map(SpreadsheetSafe::cell).toList());
            int total = learnerCount();
            for (int offset = 0; offset < total; offset += CSV_PAGE) {
                for (GradebookRow row : rows(offset, CSV_PAGE)) {
                    List<String> line = new ArrayList<>(List.of(row.username(), row.displayName()));
                    for (GradebookColumn c : columns) {
                        GradebookRow.Cell cell = row.cells().get(c.exerciseId());
                        line.add(cell == null ? "" : String.valueOf(Math.round(cell.score() * 100)));
                        line.add(cell == null ? "0" : String.valueOf(cell.attempts()));
                    }
                    csv.printRecord(line.stream().map(SpreadsheetSafe::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toString();
    }

    public List<GradebookRow> rows(int offset, int limit) {
        List<VisibleLearner> page = learners.page(offset, limit);
        Map<Long, Map<Long, GradebookRow.Cell>> cells = new HashMap<>();
        for (ExerciseStanding s : progress.standingsOf(page.stream().map(VisibleLearner::id).toList())) {
            cells.computeIfAbsent(s.learnerId(), k -> new HashMap<>())
                    .put(s.exerciseId(), new GradebookRow.Cell(s.score(), s.attempts()));
        }
        return page.stream()
                .map(l -> new GradebookRow(l.id(), l.displayName(), l.username(), cells.getOrDefault(l.id(), Map.of())))
                .toList();
    }
}
