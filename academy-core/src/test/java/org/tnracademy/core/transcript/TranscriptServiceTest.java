package org.tnracademy.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** A learner's PDF transcript: their name, the cohort, each exercise with its score. */
@SpringBootTest(classes = CoreTestApplication.class)
class TranscriptServiceTest {

    @Autowired
    TranscriptService transcripts;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
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
    void namesTheLearnerAndTheCohortAndListsEveryExercise() throws IOException {
        String learner = f.learner("Marta Synthetic");
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));

        byte[] pdf = transcripts.pdf(f.cohortId, f.idOf(learner), Locale.ENGLISH, TranscriptTexts.ENGLISH);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Marta Synthetic", learner, "Cohort " + f.tag, "Transcript", "Label three posts",
                "100 %", "Spot the doxing");
    }

    @Test
    void aNameInArabicScriptIsReadBackInItsOwnOrderBesideItsLabel() throws IOException {
        String learner = f.learner("arabic-name", "سلمى الحداد");
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));

        byte[] pdf = transcripts.pdf(f.cohortId, f.idOf(learner), Locale.ENGLISH, TranscriptTexts.ENGLISH);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("سلمى الحداد", "Label three posts");
        }
    }

    @Test
    void refusesSomeoneOutsideTheCohortAndRefusesLearners() {
        CohortFixture other = new CohortFixture(cohorts, catalog, grading, provisioning);
        String outsider = other.learner("Outside Learner");

        SignedIn.as(f.manager, Role.COHORT_MANAGER);
        assertThatThrownBy(() -> transcripts.pdf(f.cohortId, other.idOf(outsider), Locale.ENGLISH,
                TranscriptTexts.ENGLISH)).isInstanceOf(CohortChangeRefusedException.class);
        SignedIn.as(outsider, Role.LEARNER);
        assertThatThrownBy(() -> transcripts.pdf(other.cohortId, other.idOf(outsider), Locale.ENGLISH,
                TranscriptTexts.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
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
