package org.tnracademy.core.transcript;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
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
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        doc.add(new Paragraph(ACADEMY, body));
        doc.add(new Paragraph(texts.title(), heading));
        doc.add(new Paragraph(" ", body));
        doc.add(line(texts.learner(), row.displayName() + " (" + row.username() + ")", bold, body));
        doc.add(line(texts.cohort(), cohort.name(), bold, body));
        doc.add(line(texts.period(), cohort.startsOn() + " – " + cohort.endsOn(), bold, body));
        doc.add(line(texts.overall(), percent(row.overall()), bold, body));
        doc.add(line(texts.completed(), row.completed() + " / " + columns.size(), bold, body));
        doc.add(new Paragraph(" ", body));

        PdfPTable table = new PdfPTable(new float[] {5, 1.4f, 1.4f, 1.4f, 2.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : List.of(texts.exercise(), texts.score(), texts.attempts(), texts.minutes(), texts.status())) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setBackgroundColor(new Color(230, 236, 245));
            table.addCell(cell);
        }
        for (CohortExercise c : columns) {
            CohortGradebookRow.Cell cell = row.cell(c.exerciseId());
            table.addCell(new Phrase(c.title().in(locale), body));
            table.addCell(right(cell.score() == null ? "—" : percent(cell.score()), body));
            table.addCell(right(cell.attempts() + " / " + c.maxAttempts(), body));
            table.addCell(right(String.valueOf(cell.timeSpent().toMinutes()), body));
            table.addCell(new Phrase(texts.statuses().getOrDefault(cell.status(), cell.status().name()), body));
        }
        doc.add(table);
        doc.add(new Paragraph(" ", body));
        doc.add(line(texts.issued(), DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atOffset(ZoneOffset.UTC)),
                bold, body));
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph line(String label, String value, Font bold, Font body) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", bold));
        p.add(new Phrase(value, body));
        return p;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
