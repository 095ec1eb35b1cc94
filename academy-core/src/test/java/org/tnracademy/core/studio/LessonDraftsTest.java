package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.Answers;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;

/**
 * Lesson drafts: two instructors editing one lesson (the stale save is refused, nothing is lost),
 * bad input refused with its reason, and publishing as a new course version that leaves learners'
 * exercise work where it was.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class LessonDraftsTest {

    @Autowired
    LessonDrafts lessonDrafts;
    @Autowired
    CoursePublishing coursePublishing;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    String slug;
    long courseId;
    long lessonId;
    long exerciseId;

    @BeforeEach
    void ownCourse() {
        provisioning.ensure("drafts-ana", "Ana", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("drafts-ben", "Ben", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        slug = TestCourse.importCopy(importer, "drafts-");
        SignedIn.as("drafts-ana", Role.INSTRUCTOR);
        CourseOutline outline = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst()
                .orElseThrow();
        courseId = outline.id();
        lessonId = step(outline, CourseOutline.StepKind.LESSON).id();
        exerciseId = step(outline, CourseOutline.StepKind.EXERCISE).id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aSecondInstructorsStaleSaveIsRefusedAndTheFirstOnesTextStays() {
        LessonDraftSheet anaOpened = lessonDrafts.open(lessonId);
        SignedIn.as("drafts-ben", Role.INSTRUCTOR);
        LessonDraftSheet benOpened = lessonDrafts.open(lessonId);
        assertThat(benOpened.revision()).isZero();
        assertThat(benOpened.isDraft()).isFalse();

        SignedIn.as("drafts-ana", Role.INSTRUCTOR);
        long anaRevision = lessonDrafts.save(lessonId, "en", "Ana's title", "Ana's text.", anaOpened.revision());
        assertThat(anaRevision).isEqualTo(1);

        SignedIn.as("drafts-ben", Role.INSTRUCTOR);
        assertThatThrownBy(() -> lessonDrafts.save(lessonId, "en", "Ben's title", "Ben's text.", benOpened.revision()))
                .isInstanceOfSatisfying(StaleDraftException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo("drafts-ana");
                    assertThat(e.currentRevision()).isEqualTo(1);
                    assertThat(e.savedAt()).isNotNull();
                });
        LessonDraftSheet reloaded = lessonDrafts.open(lessonId);
        assertThat(reloaded.markdown().byLanguage()).containsEntry("en", "Ana's text.");
        assertThat(reloaded.title().byLanguage()).containsEntry("en", "Ana's title");
        assertThat(reloaded.savedBy()).isEqualTo("drafts-ana");

        // after reloading, Ben's save goes through on top of Ana's
        assertThat(lessonDrafts.save(lessonId, "en", "Ben's title", "Ben's text.", reloaded.revision())).isEqualTo(2);
        assertThat(lessonDrafts.open(lessonId).savedBy()).isEqualTo("drafts-ben");
    }

    @Test
    void savingOneLanguageKeepsTheOther() {
        String french = lessonDrafts.open(lessonId).markdown().byLanguage().get("fr");
        lessonDrafts.save(lessonId, "en", "New title", "New English text.", 0);
        LessonDraftSheet draft = lessonDrafts.open(lessonId);
        assertThat(draft.markdown().byLanguage()).containsEntry("en", "New English text.").containsEntry("fr", french);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        assertRefused(() -> lessonDrafts.save(lessonId, "en", "  ", "Text.", 0), DraftRefusedException.Reason.EMPTY_TITLE);
        assertRefused(() -> lessonDrafts.save(lessonId, "en", "Title", "\n  \n", 0),
                DraftRefusedException.Reason.EMPTY_TEXT);
        assertRefused(() -> lessonDrafts.save(lessonId, "es", "Título", "Texto.", 0),
                DraftRefusedException.Reason.UNKNOWN_LANGUAGE);
        assertRefused(() -> lessonDrafts.save(lessonId, "en", "x".repeat(201), "Text.", 0),
                DraftRefusedException.Reason.TITLE_TOO_LONG);
        assertRefused(() -> lessonDrafts.save(Long.MAX_VALUE, "en", "Title", "Text.", 0),
                DraftRefusedException.Reason.UNKNOWN_LESSON);
        assertRefused(() -> coursePublishing.publish(courseId), DraftRefusedException.Reason.NOTHING_TO_PUBLISH);
        assertThat(lessonDrafts.open(lessonId).isDraft()).isFalse();
        assertThat(lessonDrafts.draftCount(courseId)).isZero();
    }

    @Test
    void publishingMakesANewCourseVersionLearnersSeeWithTheirExerciseWorkKept() {
        String learner = "drafts-learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-1234567890", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        grading.submit(exerciseId, Answers.labelled(Map.of("p1", "doxing")), UUID.randomUUID().toString());

        SignedIn.as("drafts-ana", Role.INSTRUCTOR);
        int versionBefore = lessonDrafts.open(lessonId).coursePackVersion();
        long revision = lessonDrafts.save(lessonId, "en", "Introduction, revised", "A **revised** lesson.", 0);
        assertThat(lessonDrafts.draftCount(courseId)).isEqualTo(1);
        SignedIn.as(learner, Role.LEARNER);
        assertThat(catalog.lesson(lessonId, Locale.ENGLISH).orElseThrow().safeHtml()).as("a draft is not published")
                .doesNotContain("revised");

        SignedIn.as("drafts-ana", Role.INSTRUCTOR);
        PublishedCourse published = coursePublishing.publish(courseId);
        assertThat(published.packVersion()).isEqualTo(versionBefore + 1);
        assertThat(published.lessonsPublished()).isEqualTo(1);
        assertThat(lessonDrafts.draftCount(courseId)).isZero();

        SignedIn.as(learner, Role.LEARNER);
        assertThat(catalog.lesson(lessonId, Locale.ENGLISH).orElseThrow().safeHtml())
                .contains("<strong>revised</strong>");
        CourseOutline after = catalog.outline(courseId).orElseThrow();
        assertThat(step(after, CourseOutline.StepKind.EXERCISE).id()).as("the unchanged exercise keeps its version")
                .isEqualTo(exerciseId);
        assertThat(grading.myAttempts(exerciseId)).hasSize(1);

        // an editor still open on the published draft cannot overwrite the published text unseen
        SignedIn.as("drafts-ben", Role.INSTRUCTOR);
        assertThatThrownBy(() -> lessonDrafts.save(lessonId, "en", "Old", "Old text.", revision))
                .isInstanceOfSatisfying(StaleDraftException.class, e -> {
                    assertThat(e.currentRevision()).isZero();
                    assertThat(e.savedBy()).isNull();
                });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      DraftRefusedException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DraftRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static CourseOutline.Step step(CourseOutline outline, CourseOutline.StepKind kind) {
        List<CourseOutline.Step> steps = outline.steps().stream().filter(s -> s.kind() == kind).toList();
        return steps.getFirst();
    }
}
