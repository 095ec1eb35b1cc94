package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.exercises.LocalizedText;

/**
 * Course drafts: title, summary and module titles and order saved as a draft (optimistically
 * locked), bad input refused naming the field, and publication with the lesson drafts' path.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class CourseDraftsTest {

    @Autowired
    CourseDrafts courseDrafts;
    @Autowired
    CoursePublishing coursePublishing;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    String slug;
    long courseId;

    /** The test course split in two modules, "first" (the lesson) then "second" (the exercise). */
    @BeforeEach
    void twoModuleCourse() {
        provisioning.ensure("cdrafts-ana", "Ana", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("cdrafts-ben", "Ben", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("cdrafts-lea", "Lea", "pw-1234567890", EnumSet.of(Role.LEARNER));
        CoursePack pack = TestCourse.pack();
        CoursePack.Module only = pack.modules().getFirst();
        slug = "cdrafts-" + UUID.randomUUID().toString().substring(0, 8);
        importer.importPack(new CoursePack(slug, pack.version(), pack.level(), pack.title(), pack.summary(),
                List.of(new CoursePack.Module("first", only.title(), List.of(only.items().get(0))),
                        new CoursePack.Module("second", LocalizedText.of("Second module", "Deuxième module"),
                                List.of(only.items().get(1)))), pack.contentHash()));
        SignedIn.as("cdrafts-ana", Role.INSTRUCTOR);
        courseId = outline().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void editingAndReorderingThenPublishingMakesANewCourseVersion() {
        CourseDraftSheet opened = courseDrafts.open(courseId);
        assertThat(opened.isDraft()).isFalse();
        assertThat(opened.modules()).extracting(ModuleTitle::id).containsExactly("first", "second");

        long revision = courseDrafts.save(courseId, LocalizedText.of("Renamed course", "Cours renommé"),
                LocalizedText.of("New summary.", ""), List.of(
                        new ModuleTitle("second", LocalizedText.of("Exercises first", "Exercices d’abord")),
                        new ModuleTitle("first", LocalizedText.of("Reading", "Lecture"))), opened.revision());
        assertThat(revision).isEqualTo(1);
        CourseDraftSheet draft = courseDrafts.open(courseId);
        assertThat(draft.savedBy()).isEqualTo("cdrafts-ana");
        assertThat(draft.summary().byLanguage()).as("a blank French summary is left out")
                .containsExactly(java.util.Map.entry("en", "New summary."));
        // learners still see the published course
        assertThat(outline().title().byLanguage()).containsEntry("en", "Test course");

        PublishedCourse published = coursePublishing.publish(courseId);

        assertThat(published.courseDraftPublished()).isTrue();
        assertThat(published.lessonsPublished()).isZero();
        assertThat(published.packVersion()).isEqualTo(opened.packVersion() + 1);
        CourseOutline outline = outline();
        assertThat(outline.title().byLanguage()).containsEntry("en", "Renamed course").containsEntry("fr",
                "Cours renommé");
        assertThat(outline.modules()).extracting(CourseOutline.Module::slug).containsExactly("second", "first");
        assertThat(outline.modules().getFirst().title().byLanguage()).containsEntry("en", "Exercises first");
        assertThat(courseDrafts.open(courseId).isDraft()).isFalse();
        assertThatThrownBy(() -> coursePublishing.publish(courseId)).isInstanceOfSatisfying(DraftRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.NOTHING_TO_PUBLISH));
    }

    @Test
    void aSecondInstructorsStaleSaveIsRefusedAndTheFirstOnesEditStays() {
        CourseDraftSheet anaOpened = courseDrafts.open(courseId);
        SignedIn.as("cdrafts-ben", Role.INSTRUCTOR);
        CourseDraftSheet benOpened = courseDrafts.open(courseId);
        SignedIn.as("cdrafts-ana", Role.INSTRUCTOR);
        courseDrafts.save(courseId, LocalizedText.of("Ana's course", null), anaOpened.summary(),
                anaOpened.modules(), anaOpened.revision());

        SignedIn.as("cdrafts-ben", Role.INSTRUCTOR);
        assertThatThrownBy(() -> courseDrafts.save(courseId, LocalizedText.of("Ben's course", null),
                benOpened.summary(), benOpened.modules(), benOpened.revision()))
                .isInstanceOfSatisfying(StaleDraftException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo("cdrafts-ana");
                    assertThat(e.currentRevision()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith("Course " + courseId + " was saved as revision 1 by cdrafts-ana");
                });
        assertThat(courseDrafts.open(courseId).title().byLanguage()).containsEntry("en", "Ana's course");
    }

    @Test
    void anEmptyEnglishTitleIsRefusedNamingTheField() {
        CourseDraftSheet opened = courseDrafts.open(courseId);
        assertThatThrownBy(() -> courseDrafts.save(courseId, LocalizedText.of("  ", "Titre"), opened.summary(),
                opened.modules(), 0)).isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.EMPTY_TITLE);
                    assertThat(e.getMessage()).isEqualTo("title.en: required");
                });
        assertThatThrownBy(() -> courseDrafts.save(courseId, opened.title(), opened.summary(), List.of(
                opened.modules().get(0), new ModuleTitle("second", LocalizedText.of("", "Deuxième"))), 0))
                .isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.EMPTY_MODULE_TITLE);
                    assertThat(e.getMessage()).isEqualTo("modules[1] (second).title.en: required");
                });
        assertThat(courseDrafts.open(courseId).isDraft()).isFalse();
    }

    @Test
    void modulesThatAreNotExactlyTheCoursesAreRefused() {
        CourseDraftSheet opened = courseDrafts.open(courseId);
        assertThatThrownBy(() -> courseDrafts.save(courseId, opened.title(), opened.summary(),
                List.of(opened.modules().get(0)), 0)).isInstanceOfSatisfying(DraftRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.MODULES_CHANGED));
        assertThatThrownBy(() -> courseDrafts.save(courseId, opened.title(), opened.summary(),
                List.of(opened.modules().get(0), opened.modules().get(0)), 0))
                .isInstanceOfSatisfying(DraftRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.MODULES_CHANGED));
    }

    @Test
    void onlyInstructorsEditCourses() {
        SignedIn.as("cdrafts-lea", Role.LEARNER);
        assertThatThrownBy(() -> courseDrafts.open(courseId)).isInstanceOf(AccessDeniedException.class);
    }

    private CourseOutline outline() {
        return catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow();
    }
}
