package org.tnracademy.core.certificate;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.tnracademy.core.pdf.PdfText.Weight.BOLD;
import static org.tnracademy.core.pdf.PdfText.Weight.REGULAR;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.pdf.PdfText;
import org.tnracademy.core.progress.CourseCompletion;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.LocalizedTextConverter;

/**
 * Certificates of completion: issued to the signed-in learner once a course is complete and its
 * score reaches the course's pass mark, stored with a random verification id, printed as a PDF
 * with a QR code of the public verification address, confirmed to anyone who has the id (holder,
 * course, date and status only), and revoked by administrators.
 */
@Service
public class CertificateService {

    private static final String ACADEMY = "Digital TNR Detection Academy";
    private static final LocalizedTextConverter TEXTS = new LocalizedTextConverter();
    private static final String LISTED = """
            select c.verification_id, a.display_name, a.username, co.title, c.score, c.pass_mark, c.issued_at,
                   c.completed_at, c.revoked_at
            from certificate c
            join account a on a.id = c.account_id
            join course co on co.id = c.course_id
            """;

    private final ProgressService progress;
    private final AccountService accounts;
    private final CertificateRepository certificates;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    CertificateService(ProgressService progress, AccountService accounts, CertificateRepository certificates,
                       JdbcClient jdbc, TransactionTemplate tx, AuditLog audit) {
        this.progress = progress;
        this.accounts = accounts;
        this.certificates = certificates;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * The caller's certificate for a course, titles and dates in the given language; issued on the
     * first call, the same certificate on every later one.
     *
     * @param verificationAddress the public verification page's address without the id (for example
     *                            {@code https://academy.example/verify}), printed and encoded as a QR code
     * @throws CertificateRefusedException when there is no such course, the caller has not completed
     *                                     it, the score is below the pass mark, or the certificate was revoked
     */
    @PreAuthorize("hasRole('LEARNER')")
    public byte[] pdf(long courseId, Locale locale, CertificateTexts texts, String verificationAddress) {
        CourseCompletion c = progress.myCompletion(courseId).orElseThrow(
                () -> CertificateRefusedException.unknownCourse(courseId));
        AccountSummary learner = accounts.current();
        Certificate certificate = myValidCertificate(courseId, c, learner);
        String id = VerificationId.grouped(certificate.verificationId);
        String address = verificationAddress.replaceAll("/+$", "") + "/" + id;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(texts.title() + " - " + learner.displayName());
        doc.addCreator(ACADEMY);
        doc.open();
        PdfText text = PdfText.forReader(locale);
        doc.add(text.centred(ACADEMY, 11, REGULAR, 0));
        doc.add(text.centred(texts.title(), 30, BOLD, 30));
        doc.add(text.centred(texts.certifies(), 14, REGULAR, 30));
        doc.add(text.centred(learner.displayName(), 24, BOLD, 12));
        doc.add(text.centred(texts.hasCompleted(), 14, REGULAR, 12));
        doc.add(text.centred(c.title().in(locale), 20, BOLD, 12));
        doc.add(text.centred(texts.completedOn() + ": " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(certificate.completedAt.atOffset(ZoneOffset.UTC)), 14, REGULAR, 30));
        doc.add(text.centred(texts.score() + ": " + Math.round(certificate.score * 100) + " %", 14, REGULAR, 6));
        doc.add(text.centred(texts.verificationId() + ": " + id, 11, REGULAR, 30));
        doc.add(text.centred(texts.verifyAt() + ": " + address, 11, REGULAR, 4));
        float size = 86;
        CertificateQrCode.draw(writer.getDirectContent(), address, doc.getPageSize().getWidth() - 36 - size, 36,
                size);
        doc.close();
        return out.toByteArray();
    }

    /**
     * What the public verification page shows for an id typed or scanned (case, spaces and hyphens
     * ignored); empty when no certificate has it. Open to anyone: the id is the secret.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CertificateVerification> verify(String typedId) {
        return VerificationId.canonical(typedId).flatMap(id -> jdbc.sql(LISTED + " where c.verification_id = :id")
                .param("id", id)
                .query((rs, n) -> new CertificateVerification(VerificationId.grouped(rs.getString(1)),
                        rs.getString(2), TEXTS.convertToEntityAttribute(rs.getString(4)), instant(rs.getObject(8,
                        OffsetDateTime.class)), rs.getObject(9) == null ? CertificateStatus.VALID
                        : CertificateStatus.REVOKED))
                .optional());
    }

    /** Issued certificates, newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<IssuedCertificate> issued(int offset, int limit) {
        return jdbc.sql(LISTED + " order by c.issued_at desc, c.id desc offset :offset rows fetch next :limit rows only")
                .param("offset", Math.max(0, offset))
                .param("limit", Math.clamp(limit, 0, 500))
                .query((rs, n) -> new IssuedCertificate(VerificationId.grouped(rs.getString(1)), rs.getString(2),
                        rs.getString(3), TEXTS.convertToEntityAttribute(rs.getString(4)),
                        (int) Math.round(rs.getDouble(5) * 100), rs.getInt(6),
                        instant(rs.getObject(7, OffsetDateTime.class)),
                        rs.getObject(9) == null ? CertificateStatus.VALID : CertificateStatus.REVOKED))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return certificates.count();
    }

    /**
     * Revokes a certificate: its verification page says so from now on and its holder cannot
     * download it again. Written to the audit log.
     *
     * @return false when no certificate has this id or it was already revoked
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean revoke(String verificationId) {
        Optional<Certificate> found = VerificationId.canonical(verificationId).flatMap(certificates::findByVerificationId);
        if (found.isEmpty() || found.get().revokedAt != null) {
            return false;
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Certificate c = found.get();
        c.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        c.revokedBy = actor;
        // the verification id is printed on the certificate: it is how people name one
        audit.record(actor, AuditAction.CERTIFICATE_REVOKED,
                AuditMessage.of("certificate-revoked", VerificationId.grouped(c.verificationId)), "certificate " + VerificationId.grouped(c.verificationId)
                + " revoked", null);
        return true;
    }

    /**
     * The caller's certificate for a course as its Open Badge states it: issued on the first call,
     * like {@link #pdf}, with the same refusals.
     *
     * @throws CertificateRefusedException as {@link #pdf} does
     */
    @PreAuthorize("hasRole('LEARNER')")
    public CertifiedCompletion myCertifiedCompletion(long courseId) {
        CourseCompletion c = progress.myCompletion(courseId).orElseThrow(
                () -> CertificateRefusedException.unknownCourse(courseId));
        Certificate certificate = myValidCertificate(courseId, c, accounts.current());
        return certified(certificate.verificationId).orElseThrow();
    }

    /**
     * The facts of the certificate with this id (typed or scanned, as {@link #verify}), for the
     * public check of its badge; empty when no certificate has it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CertifiedCompletion> certified(String typedId) {
        return VerificationId.canonical(typedId).flatMap(id -> jdbc.sql("""
                        select c.id, c.verification_id, a.display_name, a.username, co.slug, co.title, co.summary,
                               c.pass_mark, c.completed_at, c.issued_at, c.revoked_at
                        from certificate c
                        join account a on a.id = c.account_id
                        join course co on co.id = c.course_id
                        where c.verification_id = :id""")
                .param("id", id)
                .query((rs, n) -> new CertifiedCompletion(rs.getLong(1), VerificationId.grouped(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5),
                        TEXTS.convertToEntityAttribute(rs.getString(6)), TEXTS.convertToEntityAttribute(rs.getString(7)),
                        rs.getInt(8), instant(rs.getObject(9, OffsetDateTime.class)),
                        instant(rs.getObject(10, OffsetDateTime.class)),
                        rs.getObject(11) == null ? CertificateStatus.VALID : CertificateStatus.REVOKED))
                .optional());
    }

    /** The learner's certificate for a completed and passed course, issued now if there is none; never a revoked one. */
    private Certificate myValidCertificate(long courseId, CourseCompletion c, AccountSummary learner) {
        if (!c.complete()) {
            throw CertificateRefusedException.notComplete(courseId, c.stepsLeft());
        }
        if (!c.passed()) {
            throw CertificateRefusedException.belowPassMark(courseId, c.scorePercent(), c.passMark());
        }
        Certificate certificate = issue(learner.id(), c);
        if (certificate.status() == CertificateStatus.REVOKED) {
            throw CertificateRefusedException.revoked(courseId);
        }
        return certificate;
    }

    /** The stored certificate of this learner and course, issued now if there is none. */
    private Certificate issue(long learnerId, CourseCompletion c) {
        try {
            return tx.execute(s -> certificates.findByAccountIdAndCourseId(learnerId, c.courseId())
                    .orElseGet(() -> certificates.saveAndFlush(new Certificate(VerificationId.generate(), learnerId,
                            c.courseId(), c.score(), c.passMark(), c.completedAt(),
                            Instant.now().truncatedTo(ChronoUnit.MICROS)))));
        } catch (DataIntegrityViolationException twoClicks) {
            // the same learner's other request issued it at the same moment
            return tx.execute(s -> certificates.findByAccountIdAndCourseId(learnerId, c.courseId()).orElseThrow());
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
