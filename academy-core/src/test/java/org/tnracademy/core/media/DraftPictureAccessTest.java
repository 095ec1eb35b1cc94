package org.tnracademy.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

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
import org.tnracademy.core.studio.CoursePublishing;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.SyntheticImages;
import org.tnracademy.core.support.TestCourse;

/**
 * A picture uploaded to a lesson draft is the studio's until the course is published: a learner (or
 * cohort manager) who types its address gets nothing; instructors and administrators preview it.
 * Once publishing makes it one of the course's pictures, every signed-in person may read it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class DraftPictureAccessTest {

    @Autowired
    ImageLibrary library;
    @Autowired
    LessonDrafts lessonDrafts;
    @Autowired
    CoursePublishing coursePublishing;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    long courseId;
    long lessonId;

    @BeforeEach
    void ownCourse() {
        provisioning.ensure("draft-pic-ida", "Ida", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        String slug = TestCourse.importCopy(importer, "draft-pictures-");
        SignedIn.as("draft-pic-ida", Role.INSTRUCTOR);
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
    void aDraftPictureIsForInstructorsAndAdministratorsUntilTheCourseIsPublished() {
        CourseImageInfo draft = library.upload(courseId, "draft-map.png", SyntheticImages.png(16, 16, 51));
        lessonDrafts.save(lessonId, "en", "With a map", "![Synthetic map](images/draft-map.png)\n", 0);

        assertThat(readAs(Role.INSTRUCTOR, draft)).as("the studio previews it").isTrue();
        assertThat(readAs(Role.ADMIN, draft)).isTrue();
        assertThat(readAs(Role.LEARNER, draft)).as("its address typed by a learner shows nothing").isFalse();
        assertThat(readAs(Role.COHORT_MANAGER, draft)).isFalse();

        SignedIn.as("draft-pic-ida", Role.INSTRUCTOR);
        coursePublishing.publish(courseId);

        assertThat(readAs(Role.LEARNER, draft)).as("published with the course").isTrue();
        assertThat(readAs(Role.COHORT_MANAGER, draft)).isTrue();
    }

    @Test
    void aReplacementPictureWaitsForTheNextPublicationWhileThePublishedOneStaysReadable() {
        CourseImageInfo published = library.upload(courseId, "second-map.png", SyntheticImages.png(16, 16, 52));
        lessonDrafts.save(lessonId, "en", "With a map", "![Synthetic map](images/second-map.png)\n", 0);
        coursePublishing.publish(courseId);
        CourseImageInfo replacement = library.upload(courseId, "second-map.png", SyntheticImages.png(16, 16, 53));

        assertThat(readAs(Role.LEARNER, published)).isTrue();
        assertThat(readAs(Role.LEARNER, replacement)).as("the replacement waits for the next publication").isFalse();
        assertThat(readAs(Role.INSTRUCTOR, replacement)).isTrue();
    }

    private boolean readAs(Role role, CourseImageInfo picture) {
        SignedIn.as("reader-" + role.name().toLowerCase(), role);
        try {
            return library.file(courseId, picture.sha256()).isPresent();
        } finally {
            SignedIn.nobody();
        }
    }
}
