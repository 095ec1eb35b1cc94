package org.tnracademy.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.ui.i18n.AcademyI18NProvider;

/** Audit details read in the administrator's language, with titles instead of ids. */
class AuditTextsTest {

    private final AcademyI18NProvider provider = new AcademyI18NProvider();
    private final AuditTexts.Words words = (locale, key, arguments) -> provider.getTranslation(key, locale, arguments);

    private static final LocalizedText TITLE = new LocalizedText(Map.of("en", "Doxing basics",
            "fr", "Les bases du doxing"));

    @Test
    void aMessageIsReadInTheReadersLanguageWithTheCourseTitle() {
        AuditRecord published = record(AuditMessage.of("course-published", TITLE, 4, 1, "yes"),
                "published course doxing-basics version 4 with 1 lesson draft and the course draft");

        assertThat(AuditTexts.detail(words, published, Locale.ENGLISH)).isEqualTo(
                "Course “Doxing basics” published as content version 4 with 1 lesson draft and the course draft.");
        assertThat(AuditTexts.detail(words, published, Locale.FRENCH)).isEqualTo(
                "Cours « Les bases du doxing » publié en version 4 du contenu avec 1 brouillon de leçon"
                        + " et le brouillon du cours.")
                .doesNotContain("doxing-basics");
    }

    @Test
    void countsGoThroughPluralsAndChoicesThroughSelect() {
        AuditRecord regraded = record(AuditMessage.of("regraded", TITLE, 1, 2, 1, 0, 0, 0, 2), "exercise 17 ...");
        assertThat(AuditTexts.detail(words, regraded, Locale.ENGLISH)).isEqualTo("“Doxing basics” regraded with"
                + " answer key version 2 (was 1): 1 attempt regraded, 0 grades changed (0 up, 0 down),"
                + " 2 standings changed.");

        AuditRecord refused = record(AuditMessage.of("upload-refused", "DATASET", "huge.csv", "TOO_LARGE"), "...");
        assertThat(AuditTexts.detail(words, refused, Locale.FRENCH))
                .isEqualTo("Jeu de données huge.csv : envoi refusé, trop volumineux.");
    }

    @Test
    void rolesAreNamedInTheReadersWords() {
        AuditRecord changed = record(AuditMessage.of("roles-changed", "ines", "LEARNER", "COHORT_MANAGER,LEARNER"),
                "ines: [LEARNER] -> [LEARNER, COHORT_MANAGER]");
        assertThat(AuditTexts.detail(words, changed, Locale.ENGLISH))
                .isEqualTo("Roles of ines changed from Analyst to Cohort manager, Analyst.");
    }

    @Test
    void anEntryWrittenBeforeMessagesOrWithAnUnknownCodeShowsItsTechnicalLine() {
        AuditRecord old = record(null, "created course doxing-basics (unpublished until its first publication)");
        assertThat(AuditTexts.detail(words, old, Locale.FRENCH)).isEqualTo(old.detail());

        AuditRecord newer = record(AuditMessage.of("from-a-newer-version", "x"), "what a newer node wrote");
        assertThat(AuditTexts.detail(words, newer, Locale.ENGLISH)).isEqualTo("what a newer node wrote");

        assertThat(AuditTexts.detail(words, record(null, null), Locale.ENGLISH)).isEmpty();
    }

    private static AuditRecord record(AuditMessage message, String detail) {
        return new AuditRecord(1, Instant.parse("2026-12-05T08:00:00Z"), "ines", AuditAction.CONTENT_IMPORTED,
                detail, null, message);
    }
}
