package org.tnracademy.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.ui.i18n.AcademyI18NProvider;

/** Every upload field has a name, and a refused answer counts its problems, in English and French. */
class UploadRefusalTextsTest {

    final AcademyI18NProvider provider = new AcademyI18NProvider();

    @Test
    void everyUploadFieldAndTheRefusalActionAreNamedInBothLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            for (RefusedUpload.Field field : RefusedUpload.Field.values()) {
                assertThat(provider.getTranslation("upload-limits.field." + field.name(), language))
                        .doesNotStartWith("!").doesNotContain("bounds.field");
            }
            assertThat(provider.getTranslation("audit.action." + AuditAction.UPLOAD_REFUSED.name(), language))
                    .doesNotContain("audit.action");
        }
    }

    @Test
    void aRefusedAnswerCountsItsProblemsInWords() {
        assertThat(provider.getTranslation("upload-limits.answer-invalid", Locale.ENGLISH, 1))
                .startsWith("The answer could not be graded: one problem with");
        assertThat(provider.getTranslation("upload-limits.answer-invalid", Locale.ENGLISH, 100_000))
                .startsWith("The answer could not be graded: 100,000 problems with");
        assertThat(provider.getTranslation("upload-limits.answer-invalid", Locale.FRENCH, 2))
                .startsWith("La réponse n’a pas pu être notée : 2 problèmes avec");
    }
}
