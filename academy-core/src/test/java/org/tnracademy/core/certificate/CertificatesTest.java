package org.tnracademy.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCertification;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.PassMarkRefusedException;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.progress.CourseCompletion;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** Certificates: only at the pass mark, issued once, verified publicly by id, revoked by administrators. */
@SpringBootTest(classes = CoreTestApplication.class)
class CertificatesTest {

    private static final String VERIFY = "https://academy.example/verify";

    @Autowired
    CertificateService certificates;
    @Autowired
    CourseCertification certification;
    @Autowired
    ProgressService progress;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    ReviewService review;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AuditLog audit;

    CohortFixture f;
    String instructor;
    String admin;

    @BeforeEach
    void cohort() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
        instructor = "grader-" + f.tag;
        admin = "admin-" + f.tag;
        provisioning.ensure(instructor, "Grader", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure(admin, "Admin", "long-enough-pw", EnumSet.of(Role.ADMIN));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        certification.setPassMark(f.courseId, 70);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void noCertificateWhileTheCourseIsIncompleteOrUnknown() {
        String learner = f.learner("Half Done");
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));

        SignedIn.as(learner, Role.LEARNER);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY))
                .isInstanceOfSatisfying(CertificateRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.NOT_COMPLETE);
                    assertThat(e.stepsLeft()).isPositive();
                });
        assertThatThrownBy(() -> certificates.pdf(-5, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.UNKNOWN_COURSE));
    }

    @Test
    void aCompleteCourseBelowThePassMarkGetsNoCertificateUntilThePassMarkAllowsIt() {
        String learner = f.learner("Low Scorer");
        completeWithWrittenGrade(learner, Map.of("sourcing", 1, "safety", 0));
        SignedIn.as(learner, Role.LEARNER);
        CourseCompletion c = progress.myCompletion(f.courseId).orElseThrow();
        assertThat(c.complete()).isTrue();
        assertThat(c.scorePercent()).isLessThan(100);

        SignedIn.as(instructor, Role.INSTRUCTOR);
        certification.setPassMark(f.courseId, 100);
        SignedIn.as(learner, Role.LEARNER);
        assertThat(progress.myCompletion(f.courseId).orElseThrow().passed()).isFalse();
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY))
                .isInstanceOfSatisfying(CertificateRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.BELOW_PASS_MARK);
                    assertThat(e.scorePercent()).isEqualTo(c.scorePercent());
                    assertThat(e.passMark()).isEqualTo(100);
                });

        SignedIn.as(instructor, Role.INSTRUCTOR);
        certification.setPassMark(f.courseId, c.scorePercent());
        SignedIn.as(admin, Role.ADMIN);
        assertThat(audit.of(instructor)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.COURSE_PASS_MARK_CHANGED);
            assertThat(r.detail()).contains("100 % -> " + c.scorePercent() + " %");
            // what people read names the course by its title, in their language, never by its id
            assertThat(r.message().code()).isEqualTo("pass-mark-changed");
            assertThat(r.message().arguments()).element(0).isInstanceOf(LocalizedText.class);
            assertThat(r.message().arguments()).endsWith(100L, (long) c.scorePercent());
        });
        SignedIn.as(learner, Role.LEARNER);
        assertThat(certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY)).isNotEmpty();
    }

    @Test
    void aPassMarkOutsideZeroToHundredOrOfNoCourseIsRefused() {
        assertThatThrownBy(() -> certification.setPassMark(f.courseId, 101))
                .isInstanceOfSatisfying(PassMarkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PassMarkRefusedException.Reason.OUT_OF_RANGE));
        assertThatThrownBy(() -> certification.setPassMark(f.courseId, -1))
                .isInstanceOf(PassMarkRefusedException.class);
        assertThatThrownBy(() -> certification.setPassMark(-7, 50))
                .isInstanceOfSatisfying(PassMarkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PassMarkRefusedException.Reason.UNKNOWN_COURSE));
        assertThat(certification.passMark(f.courseId)).isEqualTo(70);
        SignedIn.as(f.learner("Not Staff"), Role.LEARNER);
        assertThatThrownBy(() -> certification.setPassMark(f.courseId, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aPassedCourseGivesOneCertificateThatItsPublicPageConfirmsWithHolderCourseDateAndStatusOnly() throws IOException {
        String learner = f.learner("Amal Synthetic");
        completeWithWrittenGrade(learner, Map.of("sourcing", 4, "safety", 2));

        SignedIn.as(learner, Role.LEARNER);
        CourseCompletion c = progress.myCompletion(f.courseId).orElseThrow();
        assertThat(c.passed()).isTrue();
        byte[] pdf = certificates.pdf(f.courseId, Locale.FRENCH, CertificateTexts.ENGLISH, VERIFY + "/");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        String id = text.replaceAll("(?s).*Verification id: ([A-Z2-7]{5}(-[A-Z2-7]{5}){3}).*", "$1");
        assertThat(id).matches("[A-Z2-7]{5}(-[A-Z2-7]{5}){3}");
        assertThat(text).contains("Certificate of completion", "Amal Synthetic", "Tous les types d’exercice",
                "Score: 100 %", "Verify at: " + VERIFY + "/" + id,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)
                        .format(c.completedAt().atOffset(ZoneOffset.UTC)));
        assertThat(text(certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY)))
                .as("downloading again prints the same certificate").contains("Verification id: " + id);

        SignedIn.nobody();
        CertificateVerification v = certificates.verify(id.toLowerCase(Locale.ROOT).replace("-", " ")).orElseThrow();
        assertThat(v.verificationId()).isEqualTo(id);
        assertThat(v.holder()).isEqualTo("Amal Synthetic");
        assertThat(v.course().in(Locale.FRENCH)).isEqualTo("Tous les types d’exercice");
        assertThat(v.completedOn()).isEqualTo(c.completedAt());
        assertThat(v.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateVerification.class.getRecordComponents()).extracting(rc -> rc.getName())
                .as("what the public page may know").containsExactly("verificationId", "holder", "course",
                        "completedOn", "status");

        SignedIn.as(f.learner("Someone Else"), Role.LEARNER);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY))
                .as("another learner's completion is not theirs").isInstanceOf(CertificateRefusedException.class);
        SignedIn.as(instructor, Role.INSTRUCTOR);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void namesInJapaneseChineseAndArabicArePrintedWithEmbeddedFontsAndReadBackWhole() throws IOException {
        // synthetic names; the Arabic one is read back in logical order, its shaping undone
        List<String> names = List.of("山田 花子", "王小明", "سلمى الحداد", "Łucja Ødegård");
        for (String name : names) {
            String learner = f.learner("script-" + names.indexOf(name), name);
            completeWithWrittenGrade(learner, Map.of("sourcing", 4, "safety", 2));
            SignedIn.as(learner, Role.LEARNER);
            byte[] pdf = certificates.pdf(f.courseId, Locale.JAPANESE, CertificateTexts.ENGLISH, VERIFY);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).as("the certificate of %s", name).contains(name, "Certificate of completion");
                for (COSName font : doc.getPage(0).getResources().getFontNames()) {
                    PDFont face = doc.getPage(0).getResources().getFont(font);
                    assertThat(face.isEmbedded()).as("%s embedded", face.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aRevokedCertificateIsShownRevokedAndCannotBeDownloadedAgain() {
        String learner = f.learner("Revoked Synthetic");
        completeWithWrittenGrade(learner, Map.of("sourcing", 4, "safety", 2));
        SignedIn.as(learner, Role.LEARNER);
        certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY);

        SignedIn.as(admin, Role.ADMIN);
        IssuedCertificate issued = certificates.issued(0, 500).stream()
                .filter(i -> i.username().equals(learner)).findFirst().orElseThrow();
        assertThat(issued.scorePercent()).isEqualTo(100);
        assertThat(issued.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.revoke(issued.verificationId())).isTrue();
        assertThat(certificates.revoke(issued.verificationId())).as("already revoked").isFalse();
        assertThat(audit.of(admin)).anySatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.CERTIFICATE_REVOKED));

        SignedIn.nobody();
        assertThat(certificates.verify(issued.verificationId()).orElseThrow().status())
                .isEqualTo(CertificateStatus.REVOKED);
        SignedIn.as(learner, Role.LEARNER);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH, VERIFY))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.REVOKED));
    }

    @Test
    void anIdThatNoCertificateHasOrThatCannotBeAnIdFindsNothing() {
        assertThat(certificates.verify("AAAAA-AAAAA-AAAAA-AAAAA")).isEmpty();
        assertThat(certificates.verify("not an id")).isEmpty();
        assertThat(certificates.verify("A".repeat(10_000))).isEmpty();
        assertThat(certificates.verify(null)).isEmpty();
    }

    private void completeWithWrittenGrade(String learner, Map<String, Integer> rubric) {
        long written = 0;
        SignedIn.as(learner, Role.LEARNER);
        for (CourseOutline.Step s : catalog.outline(f.courseId).orElseThrow().steps()) {
            String type = s.exerciseType();
            grading.start(s.id());
            GradedAttempt a = grading.submit(s.id(), AllTypesPack.keyAnswer(type), UUID.randomUUID().toString());
            if (type.equals("written-analysis")) {
                written = a.attemptId();
            }
        }
        SignedIn.as(instructor, Role.INSTRUCTOR);
        review.grade(written, Map.copyOf(rubric), "Graded.");
    }

    static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }
}
