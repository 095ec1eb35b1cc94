package org.tnracademy.core.transcript;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.tnracademy.core.pdf.PdfText.Weight.BOLD;
import static org.tnracademy.core.pdf.PdfText.Weight.REGULAR;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortProblem;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CohortSummary;
import org.tnracademy.core.gradebook.CohortGradebookRow;
import org.tnracademy.core.gradebook.CohortGradebookService;
import org.tnracademy.core.pdf.PdfText;

/** A learner's transcript in a cohort as a PDF: every exercise with score, attempts, time and status. */
@Service
@Transactional(readOnly = true)
// each method takes the cohort's id: only its managers (and administrators) reach it; see CohortAccess.
@PreAuthorize("@cohortAccess.mayManage(#cohortId)")
public class TranscriptService {

    private static final String ACADEMY = "Digital TNR Detection Academy";

    private final CohortService cohorts;
    private final CohortGradebookService gradebook;

    TranscriptService(CohortService cohorts, CohortGradebookService gradebook) {
        this.cohorts = cohorts;
        this.gradebook = gradebook;
    }

    public byte[] pdf(long cohortId, long learnerId, Locale locale, TranscriptTexts texts) {
        CohortSummary cohort = cohorts.cohort(cohortId).orElseThrow(() -> new CohortChangeRefusedException(List.of(
                new CohortProblem(0, "cohort", CohortProblem.Reason.UNKNOWN_COHORT, String.valueOf(cohortId)))));
        List<CohortExercise> columns = gradebook.columns(cohortId);
        CohortGradebookRow row = gradebook.row(cohortId, columns, learnerId);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(texts.title() + " - " + row.displayName());
        doc.addCreator(ACADEMY);
        doc.open();
        PdfText text = PdfText.forReader(locale);
        doc.add(text.paragraph(0, text.phrase(ACADEMY, 10, REGULAR)));
        doc.add(text.paragraph(4, text.phrase(texts.title(), 18, BOLD)));
        doc.add(line(text, 14, texts.learner(), row.displayName() + " (" + row.username() + ")"));
        doc.add(line(text, 0, texts.cohort(), cohort.name()));
        doc.add(line(text, 0, texts.period(), cohort.startsOn() + " – " + cohort.endsOn()));
        doc.add(line(text, 0, texts.overall(), percent(row.overall())));
        doc.add(line(text, 0, texts.completed(), row.completed() + " / " + columns.size()));

        PdfPTable table = new PdfPTable(new float[] {5, 1.4f, 1.4f, 1.4f, 2.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setHeaderRows(1);
        for (String h : List.of(texts.exercise(), texts.score(), texts.attempts(), texts.minutes(), texts.status())) {
            PdfPCell cell = text.cell(h, 10, BOLD, Element.ALIGN_LEFT);
            cell.setBackgroundColor(new Color(230, 236, 245));
            table.addCell(cell);
        }
        for (CohortExercise c : columns) {
            CohortGradebookRow.Cell cell = row.cell(c.exerciseId());
            table.addCell(text.cell(c.title().in(locale), 10, REGULAR, Element.ALIGN_LEFT));
            table.addCell(text.cell(cell.score() == null ? "—" : percent(cell.score()), 10, REGULAR, Element.ALIGN_RIGHT));
            table.addCell(text.cell(cell.attempts() + " / " + c.maxAttempts(), 10, REGULAR, Element.ALIGN_RIGHT));
            table.addCell(text.cell(String.valueOf(cell.timeSpent().toMinutes()), 10, REGULAR, Element.ALIGN_RIGHT));
            table.addCell(text.cell(texts.statuses().getOrDefault(cell.status(), cell.status().name()), 10, REGULAR,
                    Element.ALIGN_LEFT));
        }
        doc.add(table);
        doc.add(line(text, 14, texts.issued(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atOffset(ZoneOffset.UTC))));
        doc.close();
        return out.toByteArray();
    }

    /** "Label: value", the label bold. */
    private static PdfPTable line(PdfText text, float spaceBefore, String label, String value) {
        return text.paragraph(spaceBefore, text.phrase(label + ": ", 10, BOLD), text.phrase(value, 10, REGULAR));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
