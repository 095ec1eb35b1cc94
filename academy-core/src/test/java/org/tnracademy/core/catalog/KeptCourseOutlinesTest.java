package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.exercises.LocalizedText;

/**
 * A course's outline is built once and served again while the course row keeps its version; a
 * publication (an import that changes the content, or a studio course's first one) is served at
 * once, because it raises that version.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class KeptCourseOutlinesTest {

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    UnpublishedCourses unpublished;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anUnchangedCoursesOutlineIsServedAgainAsItWasBuilt() {
        signInAsLearner();
        String slug = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        importer.importPack(copy(slug, "Module one", "a"));
        long id = idOf(slug);

        CourseOutline first = catalog.outline(id).orElseThrow();

        assertThat(catalog.outline(id).orElseThrow()).isSameAs(first);
        assertThat(catalog.outlines()).filteredOn(o -> o.id() == id).singleElement().isSameAs(first);
    }

    @Test
    void aRepublishedCourseIsServedInItsNewOutlineAtOnce() {
        signInAsLearner();
        String slug = "republished-" + UUID.randomUUID().toString().substring(0, 8);
        importer.importPack(copy(slug, "Before", "a"));
        long id = idOf(slug);
        assertThat(catalog.outline(id).orElseThrow().modules().getFirst().title().in(Locale.ENGLISH))
                .isEqualTo("Before");

        assertThat(importer.importPack(copy(slug, "After", "b"))).isEqualTo(CourseImporter.Outcome.UPDATED);

        assertThat(catalog.outline(id).orElseThrow().modules().getFirst().title().in(Locale.ENGLISH))
                .isEqualTo("After");
        assertThat(catalog.outlines()).filteredOn(o -> o.id() == id).singleElement()
                .satisfies(o -> assertThat(o.modules().getFirst().title().in(Locale.ENGLISH))
                        .isEqualTo("After"));
    }

    @Test
    void aStudioCourseIsHiddenFromLearnersUntilItsFirstPublicationThenListed() {
        String slug = "studio-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as("kept-instructor", Role.INSTRUCTOR);
        long id = unpublished.create(slug, "foundation", LocalizedText.of("New", "Nouveau"),
                LocalizedText.of("Summary", "Résumé"));
        assertThat(catalog.studioOutline(id).orElseThrow().modules()).isEmpty();
        signInAsLearner();
        assertThat(catalog.outline(id)).isEmpty();

        importer.importPack(copy(slug, "Published", "c"));

        assertThat(catalog.outline(id).orElseThrow().modules()).hasSize(1);
        assertThat(catalog.outlines()).extracting(CourseOutline::id).contains(id);
    }

    @Test
    void anOutlineOfAnOlderVersionNeverReplacesANewerOne() {
        KeptCourseOutlines kept = new KeptCourseOutlines();
        CourseOutline older = new CourseOutline(7, "c", "foundation", LocalizedText.of("Old", null),
                LocalizedText.of("S", null), List.of());
        CourseOutline newer = new CourseOutline(7, "c", "foundation", LocalizedText.of("New", null),
                LocalizedText.of("S", null), List.of());

        kept.keep(7, 3, newer);
        kept.keep(7, 2, older);

        assertThat(kept.at(new CourseStamp(7, 3, true))).containsSame(newer);
        assertThat(kept.at(new CourseStamp(7, 2, true))).as("a version not kept is built again").isEmpty();
        assertThat(kept.at(new CourseStamp(7, 4, true))).isEmpty();
    }

    private void signInAsLearner() {
        provisioning.ensure("kept-learner", "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as("kept-learner", Role.LEARNER);
    }

    private long idOf(String slug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    /** The test course under another slug, its one module titled {@code moduleTitle}; {@code mark} makes the content hash differ. */
    private static CoursePack copy(String slug, String moduleTitle, String mark) {
        CoursePack pack = TestCourse.pack();
        CoursePack.Module module = pack.modules().getFirst();
        String hash = pack.contentHash().substring(0, pack.contentHash().length() - 1) + mark;
        return new CoursePack(slug, pack.version(), pack.level(), pack.title(), pack.summary(),
                List.of(new CoursePack.Module(module.id(), LocalizedText.of(moduleTitle, moduleTitle), module.items())),
                hash);
    }
}
