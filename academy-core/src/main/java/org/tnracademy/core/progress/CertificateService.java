package org.tnracademy.core.progress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;

/**
 * A learner's certificate of completion of a course, as a PDF, for the signed-in learner only and
 * only once the course is complete (every lesson read, every current exercise graded).
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private static final String ACADEMY = "Digital TNR Detection Academy";

    private final ProgressService progress;
    private final AccountService accounts;

    CertificateService(ProgressService progress, AccountService accounts) {
        this.progress = progress;
        this.accounts = accounts;
    }

    /**
     * The caller's certificate for a course, titles and dates in the given language.
     *
     * @throws CertificateRefusedException when there is no such course or the caller has not completed it
     */
    @PreAuthorize("hasRole('LEARNER')")
    public byte[] pdf(long courseId, Locale locale, CertificateTexts texts) {
        CourseCompletion c = progress.myCompletion(courseId).orElseThrow(
                () -> new CertificateRefusedException(CertificateRefusedException.Reason.UNKNOWN_COURSE, courseId, 0));
        if (!c.complete()) {
            throw new CertificateRefusedException(CertificateRefusedException.Reason.NOT_COMPLETE, courseId,
                    c.stepsLeft());
        }
        AccountSummary learner = accounts.current();
        String verification = verificationId(learner.username(), c.courseSlug(), c.completedAt(), c.score());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(texts.title() + " - " + learner.displayName());
        doc.addCreator(ACADEMY);
        doc.open();
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 14);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30);
        Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24);
        Font course = FontFactory.getFont(FontFactory.HELVETICA_BOLDOBLIQUE, 20);
        doc.add(centred(ACADEMY, small, 0));
        doc.add(centred(texts.title(), heading, 36));
        doc.add(centred(texts.certifies(), body, 36));
        doc.add(centred(learner.displayName(), name, 12));
        doc.add(centred(texts.hasCompleted(), body, 12));
        doc.add(centred(c.title().in(locale), course, 12));
        doc.add(centred(texts.completedOn() + ": " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(c.completedAt().atOffset(ZoneOffset.UTC)), body, 36));
        doc.add(centred(texts.score() + ": " + Math.round(c.score() * 100) + " %", body, 6));
        doc.add(centred(texts.verificationId() + ": " + verification, small, 48));
        doc.close();
        return out.toByteArray();
    }

    /**
     * The id printed on a certificate: the first 80 bits of a SHA-256 of who completed which course,
     * when and with what score, so staff can recompute it from the records and see that a
     * certificate shown to them matches. It changes if a later attempt changes the score.
     */
    static String verificationId(String username, String courseSlug, Instant completedAt, double score) {
        String facts = String.join("|", "tnr-academy-certificate", username, courseSlug,
                String.valueOf(completedAt.getEpochSecond()), String.valueOf(Math.round(score * 100)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(hash, 0, 10);
            return String.join("-", hex.substring(0, 5), hex.substring(5, 10), hex.substring(10, 15),
                    hex.substring(15, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Paragraph centred(String text, Font font, float spaceBefore) {
        Paragraph p = new Paragraph(new Phrase(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spaceBefore);
        return p;
    }
}
