package org.tnracademy.core.pdf;

import java.text.Bidi;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes text of any script a learner's name, a course title or a translation may use: each
 * character in the first embedded face that has it, and every paragraph through the Unicode
 * bidirectional algorithm with Arabic shaping (OpenPDF does both in table cells with a run
 * direction, not in plain paragraphs). Japanese readers get the Japanese forms of shared Han
 * characters, everyone else the Chinese ones.
 */
public final class PdfText {

    public enum Weight { REGULAR, BOLD }

    /** Stroke width, as a share of the size, that makes a face without a bold cut look bold. */
    private static final float FAUX_BOLD = 1 / 32f;

    private final List<BaseFont> regular;
    private final List<BaseFont> bold;
    private final BaseFont boldFace;

    private PdfText(List<BaseFont> regular, List<BaseFont> bold, BaseFont boldFace) {
        this.regular = regular;
        this.bold = bold;
        this.boldFace = boldFace;
    }

    /** Text for a reader of {@code locale}. */
    public static PdfText forReader(Locale locale) {
        PdfFonts f = PdfFonts.get();
        boolean japanese = "ja".equals(locale.getLanguage());
        BaseFont firstHan = japanese ? f.japanese : f.chinese;
        BaseFont secondHan = japanese ? f.chinese : f.japanese;
        return new PdfText(List.of(f.latinArabic, firstHan, secondHan),
                List.of(f.latinArabicBold, firstHan, secondHan), f.latinArabicBold);
    }

    /** A run of text, each character in the first face that has it. */
    public Phrase phrase(String text, float size, Weight weight) {
        FontSelector selector = new FontSelector();
        for (BaseFont face : weight == Weight.BOLD ? bold : regular) {
            selector.addFont(new Font(face, size));
        }
        Phrase phrase = selector.process(text);
        if (weight == Weight.BOLD) {
            for (Element e : phrase) {
                if (e instanceof Chunk chunk && chunk.getFont().getBaseFont() != boldFace) {
                    chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size * FAUX_BOLD, null);
                }
            }
        }
        return phrase;
    }

    /** A table cell whose text runs in the direction of its first strong character (Arabic: right to left). */
    public PdfPCell cell(String text, float size, Weight weight, int alignment) {
        PdfPCell cell = new PdfPCell(phrase(text, size, weight));
        cell.setRunDirection(directionOf(text));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    /** A centred paragraph the width of the page, with {@code spaceBefore} points above it. */
    public PdfPTable centred(String text, float size, Weight weight, float spaceBefore) {
        return block(cell(text, size, weight, Element.ALIGN_CENTER), spaceBefore);
    }

    /** A paragraph set from one or more runs (a bold label, then its value), starting on the reader's side. */
    public PdfPTable paragraph(float spaceBefore, Phrase... runs) {
        Phrase all = new Phrase();
        StringBuilder text = new StringBuilder();
        for (Phrase run : runs) {
            all.add(run);
            text.append(run.getContent());
        }
        PdfPCell cell = new PdfPCell(all);
        cell.setRunDirection(directionOf(text.toString()));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return block(cell, spaceBefore);
    }

    private static PdfPTable block(PdfPCell cell, float spaceBefore) {
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spaceBefore);
        table.addCell(cell);
        return table;
    }

    /**
     * Right to left when the first strong character is; otherwise left to right. Either way the
     * bidirectional algorithm runs, so an Arabic name inside an English sentence is reordered and shaped.
     */
    static int directionOf(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        return bidi.baseIsLeftToRight() ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }
}
