package org.tnracademy.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** The learner's own results: standing by form, course completion and the completion certificate. */
@SpringBootTest(classes = CoreTestApplication.class)
class LearnerResultsTest {

    @Autowired
    ProgressService progress;
    @Autowired
    CertificateService certificates;
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

    CohortFixture f;

    @BeforeEach
    void cohort() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void standingByFormCountsOnlyTheCallersOwnStandings() {
        String mine = f.learner("Ines Synthetic");
        String other = f.learner("Other Synthetic");
        f.submit(mine, "label-three", CohortFixture.perfect("label-three"));
        f.submit(other, "label-three", CohortFixture.partial("label-three"));
        f.submit(other, "order-the-case", CohortFixture.perfect("order-the-case"));

        SignedIn.as(mine, Role.LEARNER);
        Map<String, FormStanding> forms = byForm();
        assertThat(forms.get("doxing").done()).isEqualTo(1);
        assertThat(forms.get("doxing").mean()).isEqualTo(1.0);
        assertThat(forms.get("harassment").mean()).isEqualTo(1.0);
        assertThat(forms.get("doxing").exercises()).isGreaterThanOrEqualTo(6);
        assertThat(forms.get("threats-to-family").done()).as("the other learner's exercise is not mine").isZero();
        assertThat(forms.get("threats-to-family").mean()).isNull();

        SignedIn.as(other, Role.LEARNER);
        Map<String, FormStanding> theirs = byForm();
        assertThat(theirs.get("doxing").mean()).isLessThan(1.0).isGreaterThan(0.0);
        assertThat(theirs.get("threats-to-family").mean()).isEqualTo(1.0);
    }

    @Test
    void aCourseIsNotCompleteAndNoCertificateIsMadeWhileAnExerciseLacksAGrade() {
        String learner = f.learner("Half Done");
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));

        SignedIn.as(learner, Role.LEARNER);
        CourseCompletion c = progress.myCompletion(f.courseId).orElseThrow();
        assertThat(c.complete()).isFalse();
        assertThat(c.exercisesGraded()).isEqualTo(1);
        assertThat(c.stepsLeft()).isEqualTo(c.exercises() - 1);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH))
                .isInstanceOfSatisfying(CertificateRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.NOT_COMPLETE);
                    assertThat(e.stepsLeft()).isEqualTo(c.exercises() - 1);
                    assertThat(e.getMessage()).contains("not complete", "step(s) left");
                });
        assertThatThrownBy(() -> certificates.pdf(-5, Locale.ENGLISH, CertificateTexts.ENGLISH))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.UNKNOWN_COURSE));
    }

    @Test
    void lessonsCountOnlyOnceReadByTheCaller() {
        String learner = f.learner("Lesson Reader");
        SignedIn.as(learner, Role.LEARNER);
        CourseOutline withLessons = catalog.outlines().stream()
                .filter(o -> o.steps().stream().anyMatch(s -> s.kind() == CourseOutline.StepKind.LESSON))
                .findFirst().orElseThrow();
        CourseOutline.Step lesson = withLessons.steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst().orElseThrow();
        assertThat(progress.myCompletion(withLessons.id()).orElseThrow().lessonsRead()).isZero();

        progress.markLessonRead(lesson.id());

        CourseCompletion c = progress.myCompletion(withLessons.id()).orElseThrow();
        assertThat(c.lessonsRead()).isEqualTo(1);
        assertThat(c.complete()).isFalse();
        String stranger = f.learner("Not A Reader");
        SignedIn.as(stranger, Role.LEARNER);
        assertThat(progress.myCompletion(withLessons.id()).orElseThrow().lessonsRead()).isZero();
    }

    @Test
    void aCompleteCourseGivesACertificateWithNameTitleDateScoreAndVerificationId() throws IOException {
        String learner = f.learner("Amal Synthetic");
        String instructor = "grader-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(instructor, "Grader", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
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
        assertThat(progress.myCompletion(f.courseId).orElseThrow().complete())
                .as("the written analysis still waits for its grade").isFalse();
        SignedIn.as(instructor, Role.INSTRUCTOR);
        review.grade(written, Map.of("sourcing", 4, "safety", 2), "Well sourced.");

        SignedIn.as(learner, Role.LEARNER);
        CourseCompletion c = progress.myCompletion(f.courseId).orElseThrow();
        assertThat(c.complete()).isTrue();
        assertThat(c.score()).isEqualTo(1.0);
        assertThat(progress.myCompletions()).anySatisfy(all -> assertThat(all).isEqualTo(c));

        byte[] pdf = certificates.pdf(f.courseId, Locale.FRENCH, CertificateTexts.ENGLISH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        String id = CertificateService.verificationId(learner, AllTypesPack.SLUG, c.completedAt(), c.score());
        assertThat(id).matches("[0-9A-F]{5}(-[0-9A-F]{5}){3}");
        assertThat(text).contains("Certificate of completion", "Amal Synthetic", "Tous les types d’exercice",
                "Score: 100 %", "Verification id: " + id,
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(Locale.FRENCH).format(c.completedAt().atOffset(java.time.ZoneOffset.UTC)));

        SignedIn.as(f.learner("Someone Else"), Role.LEARNER);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH))
                .as("another learner's completion is not theirs").isInstanceOf(CertificateRefusedException.class);
        SignedIn.as(instructor, Role.INSTRUCTOR);
        assertThatThrownBy(() -> certificates.pdf(f.courseId, Locale.ENGLISH, CertificateTexts.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theVerificationIdDependsOnEveryFactItCovers() {
        var at = java.time.Instant.parse("2026-03-02T10:15:30Z");
        String id = CertificateService.verificationId("amal", "all-types", at, 0.8);
        assertThat(CertificateService.verificationId("amal", "all-types", at, 0.8)).isEqualTo(id);
        assertThat(CertificateService.verificationId("amal2", "all-types", at, 0.8)).isNotEqualTo(id);
        assertThat(CertificateService.verificationId("amal", "other", at, 0.8)).isNotEqualTo(id);
        assertThat(CertificateService.verificationId("amal", "all-types", at.plusSeconds(1), 0.8)).isNotEqualTo(id);
        assertThat(CertificateService.verificationId("amal", "all-types", at, 0.9)).isNotEqualTo(id);
    }

    private Map<String, FormStanding> byForm() {
        return progress.myForms().stream()
                .collect(java.util.stream.Collectors.toMap(FormStanding::form, s -> s));
    }

    private static String text(byte[] pdf) throws IOException {
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
