package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
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
import org.tnracademy.core.media.CourseImageInfo;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.core.media.MissingImagesException;
import org.tnracademy.core.packs.PackImages;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.core.support.SyntheticImages;
import org.tnracademy.exercises.LocalizedText;

/**
 * Pictures in lessons through the studio: uploads are drafts until the course is published, a
 * replaced picture changes the published lesson only at the next publication, and a lesson
 * referring to a picture the course does not have is refused at publication, naming lesson and path.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class LessonImagesPublishTest {

    @Autowired
    LessonDrafts lessonDrafts;
    @Autowired
    CoursePublishing coursePublishing;
    @Autowired
    ImageLibrary library;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CourseStructure structure;
    @Autowired
    NewLessons newLessons;

    String slug;
    long courseId;
    long lessonId;

    @BeforeEach
    void ownCourse() {
        provisioning.ensure("images-pia", "Pia", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("images-lea", "Lea", "pw-1234567890", EnumSet.of(Role.LEARNER));
        slug = TestCourse.importCopy(importer, "pictures-");
        SignedIn.as("images-pia", Role.INSTRUCTOR);
        CourseOutline outline = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst()
                .orElseThrow();
        courseId = outline.id();
        lessonId = outline.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anUploadedPictureShowsInThePublishedLessonFromItsHashAddress() {
        CourseImageInfo map = library.upload(courseId, "map.png", SyntheticImages.png(16, 16, 21));
        lessonDrafts.save(lessonId, "en", "With a map", "# Where\n\n![Synthetic map of the sightings](images/map.png)\n",
                0);
        assertThat(lessonHtml()).as("a draft is not shown to learners").doesNotContain("<img");

        coursePublishing.publish(courseId);

        assertThat(lessonHtml()).contains("<img src=\"" + map.url() + "\"")
                .contains("alt=\"Synthetic map of the sightings\"");
        assertThat(library.list(courseId)).singleElement().satisfies(i -> assertThat(i.published()).isTrue());
    }

    @Test
    void aReplacedPictureReachesLearnersOnlyWhenTheCourseIsPublishedAgain() {
        CourseImageInfo first = library.upload(courseId, "chart.png", SyntheticImages.png(16, 16, 22));
        lessonDrafts.save(lessonId, "en", "With a chart", "![Weekly posts, synthetic](images/chart.png)", 0);
        int version = coursePublishing.publish(courseId).packVersion();

        CourseImageInfo second = library.upload(courseId, "chart.png", SyntheticImages.png(16, 16, 23));
        assertThat(lessonHtml()).contains(first.url()).doesNotContain(second.url());
        assertThat(library.previewLinks(courseId).urlFor("images/chart.png")).contains(second.url());

        // a new picture alone is something to publish
        PublishedCourse republished = coursePublishing.publish(courseId);
        assertThat(republished.packVersion()).isEqualTo(version + 1);
        assertThat(lessonHtml()).contains(second.url()).doesNotContain(first.url());
    }

    @Test
    void aDraftReferringToAPictureNotUploadedIsRefusedAtPublishNamingLessonLineAndPath() {
        lessonDrafts.save(lessonId, "en", "Broken", "Intro\n\n![A chart](images/missing.png)\n", 0);
        int versionBefore = lessonDrafts.open(lessonId).coursePackVersion();

        assertThatThrownBy(() -> coursePublishing.publish(courseId))
                .isInstanceOfSatisfying(MissingImagesException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies((PackImages.ImageProblem p) -> {
                            assertThat(p.lessonFile()).isEqualTo("lessons/intro.en.md");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.reference()).isEqualTo("images/missing.png");
                            assertThat(p.reason()).contains("images/missing.png");
                        }));
        LessonDraftSheet after = lessonDrafts.open(lessonId);
        assertThat(after.coursePackVersion()).isEqualTo(versionBefore);
        assertThat(after.isDraft()).as("the draft waits, unpublished").isTrue();

        library.upload(courseId, "missing.png", SyntheticImages.png(8, 8, 24));
        coursePublishing.publish(courseId);
        assertThat(lessonHtml()).contains("<img src=\"/course-images/" + courseId + "/");
    }

    @Test
    void aPictureOfANewLessonInANeverPublishedCourseReachesLearnersAtTheFirstPublication() {
        String newSlug = "pictures-new-" + UUID.randomUUID().toString().substring(0, 8);
        long newCourse = structure.create(new NewCourse(newSlug, "beginner", LocalizedText.of("Maps", "Cartes"),
                LocalizedText.of("Reading maps.", "Lire des cartes."), "basics", LocalizedText.of("Basics", "Bases")));
        // the lesson and its picture exist only as drafts: no lesson id, no published course yet
        newLessons.create(newCourse, "basics", "where", new NewLessonText(5, LocalizedText.of("Where", "Où"),
                LocalizedText.of("# Where\n\n![Synthetic map of the sightings](images/where.png)\n",
                        "# Où\n\n![Carte synthétique des signalements](images/where.png)\n"),
                LocalizedText.of("", null)));
        CourseImageInfo map = library.upload(newCourse, "where.png", SyntheticImages.png(16, 16, 31));
        assertThat(library.list(newCourse)).singleElement().satisfies(i -> assertThat(i.published()).isFalse());
        assertThat(library.previewLinks(newCourse).urlFor("images/where.png")).contains(map.url());
        SignedIn.as("images-lea", Role.LEARNER);
        assertThat(library.file(newCourse, map.sha256())).as("a draft picture is for the studio only").isEmpty();

        SignedIn.as("images-pia", Role.INSTRUCTOR);
        assertThat(coursePublishing.publish(newCourse).packVersion()).isEqualTo(1);

        SignedIn.as("images-lea", Role.LEARNER);
        long lesson = catalog.outline(newCourse).orElseThrow().steps().getFirst().id();
        assertThat(catalog.lesson(lesson, Locale.ENGLISH).orElseThrow().safeHtml())
                .contains("<img src=\"" + map.url() + "\"").contains("alt=\"Synthetic map of the sightings\"");
        assertThat(catalog.lesson(lesson, Locale.FRENCH).orElseThrow().safeHtml())
                .contains("<img src=\"" + map.url() + "\"");
        assertThat(library.file(newCourse, map.sha256())).isPresent();
        SignedIn.as("images-pia", Role.INSTRUCTOR);
        assertThat(library.list(newCourse)).singleElement().satisfies(i -> assertThat(i.published()).isTrue());
    }

    private String lessonHtml() {
        return catalog.lesson(lessonId, Locale.ENGLISH).orElseThrow().safeHtml();
    }
}
