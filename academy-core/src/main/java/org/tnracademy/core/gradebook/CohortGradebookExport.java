package org.tnracademy.core.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.support.SpreadsheetSafe;

/**
 * A cohort's gradebook as CSV or XLSX, with the filter and order on screen: a line per learner,
 * overall score, then score (percent), attempts and minutes spent per exercise. Every text cell is
 * made safe against formula injection; numbers are written as numbers.
 */
@Service
@Transactional(readOnly = true)
// each method takes the cohort's id: only its managers (and administrators) reach it; see CohortAccess.
@PreAuthorize("@cohortAccess.mayManage(#cohortId)")
public class CohortGradebookExport {

    private static final int PAGE = 500;

    private final CohortGradebookService gradebook;

    CohortGradebookExport(CohortGradebookService gradebook) {
        this.gradebook = gradebook;
    }

    public String csv(long cohortId, GradebookQuery query, Locale locale, CohortExportHeadings headings) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<CohortExercise> columns = gradebook.columns(cohortId);
            csv.printRecord(header(columns, locale, headings).stream().map(SpreadsheetSafe::cell).toList());
            eachRow(cohortId, columns, query, row -> {
                List<String> line = new ArrayList<>(List.of(SpreadsheetSafe.cell(row.username()),
                        SpreadsheetSafe.cell(row.displayName()), String.valueOf(percent(row.overall()))));
                for (CohortExercise c : columns) {
                    CohortGradebookRow.Cell cell = row.cell(c.exerciseId());
                    line.add(cell.score() == null ? "" : String.valueOf(percent(cell.score())));
                    line.add(String.valueOf(cell.attempts()));
                    line.add(String.valueOf(cell.timeSpent().toMinutes()));
                }
                print(csv, line);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toString();
    }

    public byte[] xlsx(long cohortId, GradebookQuery query, Locale locale, CohortExportHeadings headings) {
        List<CohortExercise> columns = gradebook.columns(cohortId);
        // streaming workbook: a few rows in memory at a time, however large the cohort
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(headings.sheet()));
            Row header = sheet.createRow(0);
            List<String> titles = header(columns, locale, headings);
            for (int i = 0; i < titles.size(); i++) {
                text(header.createCell(i), titles.get(i));
            }
            sheet.createFreezePane(2, 1);
            int[] next = {1};
            eachRow(cohortId, columns, query, r -> {
                Row row = sheet.createRow(next[0]++);
                text(row.createCell(0), r.username());
                text(row.createCell(1), r.displayName());
                row.createCell(2).setCellValue(percent(r.overall()));
                int col = 3;
                for (CohortExercise c : columns) {
                    CohortGradebookRow.Cell cell = r.cell(c.exerciseId());
                    Cell score = row.createCell(col++);
                    if (cell.score() != null) {
                        score.setCellValue(percent(cell.score()));
                    }
                    row.createCell(col++).setCellValue(cell.attempts());
                    row.createCell(col++).setCellValue(cell.timeSpent().toMinutes());
                }
            });
            book.write(out);
            book.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the gradebook workbook", e);
        }
    }

    private void eachRow(long cohortId, List<CohortExercise> columns, GradebookQuery query,
                         Consumer<CohortGradebookRow> action) {
        int total = gradebook.count(cohortId, columns, query);
        for (int offset = 0; offset < total; offset += PAGE) {
            gradebook.rows(cohortId, columns, query, offset, PAGE).forEach(action);
        }
    }

    private static List<String> header(List<CohortExercise> columns, Locale locale, CohortExportHeadings h) {
        List<String> header = new ArrayList<>(List.of(h.username(), h.displayName(), h.overall()));
        for (CohortExercise c : columns) {
            String title = c.title().in(locale);
            header.add(h.score(title));
            header.add(h.attempts(title));
            header.add(h.minutes(title));
        }
        return header;
    }

    /** A text cell, stored as a string: never a formula, whatever it starts with. */
    private static void text(Cell cell, String value) {
        cell.setCellValue(SpreadsheetSafe.cell(value));
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    private static void print(CSVPrinter csv, List<String> line) {
        try {
            csv.printRecord(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
