package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.exercises.LocalizedText;

/**
 * Course structure in the studio: a new course hidden from learners until its first publication,
 * new modules and lessons published where the draft puts them, items moved and retired, bad ids and
 * stale saves refused, and all of it for instructors only.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class CourseStructureTest {

    @Autowired
    CourseStructure structure;
    @Autowired
    NewLessons newLessons;
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

    @BeforeEach
    void accounts() {
        provisioning.ensure("struct-ana", "Ana", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("struct-ben", "Ben", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("struct-lea", "Lea", "pw-1234567890", EnumSet.of(Role.LEARNER));
        slug = "struct-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as("struct-ana", Role.INSTRUCTOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aNewCourseIsHiddenFromLearnersUntilItsFirstPublication() {
        long courseId = structure.create(newCourse(slug));
        assertThat(structure.unpublished()).extracting(CourseCard::slug).contains(slug);
        assertThat(structure.isPublished(courseId)).isFalse();
        CourseDraftSheet sheet = courseDrafts.open(courseId);
        assertThat(sheet.isDraft()).isTrue();
        assertThat(sheet.modules()).extracting(ModuleTitle::id).containsExactly("basics");

        SignedIn.as("struct-lea", Role.LEARNER);
        assertThat(catalog.courses()).extracting(CourseCard::slug).doesNotContain(slug);
        assertThat(catalog.outlines()).extracting(CourseOutline::slug).doesNotContain(slug);
        assertThat(catalog.outline(courseId)).isEmpty();

        SignedIn.as("struct-ana", Role.INSTRUCTOR);
        assertThatThrownBy(() -> coursePublishing.publish(courseId)).as("a course with an empty module")
                .isInstanceOfSatisfying(DraftRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.EMPTY_MODULE));
        newLessons.create(courseId, "basics", "welcome", lessonText("Welcome"));
        PublishedCourse published = coursePublishing.publish(courseId);
        assertThat(published.packVersion()).isEqualTo(1);
        assertThat(published.lessonsPublished()).isEqualTo(1);

        SignedIn.as("struct-lea", Role.LEARNER);
        assertThat(catalog.courses()).extracting(CourseCard::slug).contains(slug);
        CourseOutline outline = catalog.outline(courseId).orElseThrow();
        assertThat(outline.title().byLanguage()).containsEntry("fr", "Cours neuf");
        assertThat(outline.modules()).extracting(CourseOutline.Module::slug).containsExactly("basics");
        assertThat(outline.steps()).extracting(CourseOutline.Step::slug).containsExactly("welcome");
        long lessonId = outline.steps().getFirst().id();
        assertThat(catalog.lesson(lessonId, Locale.FRENCH).orElseThrow().safeHtml()).contains("Texte de Welcome");
        SignedIn.as("struct-ana", Role.INSTRUCTOR);
        assertThat(structure.unpublished()).extracting(CourseCard::slug).doesNotContain(slug);
        assertThat(newLessons.ofCourse(courseId)).isEmpty();
    }

    @Test
    void aNewModuleAndLessonArePublishedWhereTheDraftPutsThemAndAnItemMovesBetweenModules() {
        long courseId = twoModuleCourse();
        CourseDraftSheet opened = courseDrafts.open(courseId);
        assertThat(opened.modules()).extracting(ModuleTitle::items)
                .containsExactly(List.of("intro"), List.of("label-six"));
        // a new module "cases" between the two, the exercise moved into it
        List<ModuleTitle> modules = new ArrayList<>(opened.modules());
        modules.add(1, new ModuleTitle("cases", LocalizedText.of("Cases", "Cas"), List.of("label-six"), List.of()));
        modules.set(2, new ModuleTitle("second", opened.modules().get(1).title(), List.of(), List.of()));
        long revision = courseDrafts.save(courseId, opened.title(), opened.summary(), modules, opened.revision());
        // a new lesson in the new module, which the draft did not place: it follows the exercise
        newLessons.create(courseId, "cases", "debrief", lessonText("Debrief"));
        // and another in "second", so that module is not empty
        newLessons.create(courseId, "second", "closing", lessonText("Closing"));
        CourseDraftSheet draft = courseDrafts.open(courseId);
        assertThat(draft.revision()).isEqualTo(revision);
        assertThat(draft.modules()).extracting(ModuleTitle::items)
                .containsExactly(List.of("intro"), List.of("label-six", "debrief"), List.of("closing"));
        assertThat(structure.items(courseId)).extracting(StructureItem::slug, StructureItem::isNew)
                .contains(org.assertj.core.groups.Tuple.tuple("debrief", true),
                        org.assertj.core.groups.Tuple.tuple("label-six", false));

        coursePublishing.publish(courseId);

        CourseOutline outline = catalog.outline(courseId).orElseThrow();
        assertThat(outline.modules()).extracting(m -> m.slug() + ":" + m.steps().stream()
                .map(CourseOutline.Step::slug).toList())
                .containsExactly("first:[intro]", "cases:[label-six, debrief]", "second:[closing]");
    }

    @Test
    void aRetiredExerciseLeavesTheCourseAndAnEmptiedModuleCanBeRemoved() {
        long courseId = twoModuleCourse();
        CourseDraftSheet opened = courseDrafts.open(courseId);
        long exerciseId = catalog.outline(courseId).orElseThrow().steps().stream()
                .filter(s -> s.slug().equals("label-six")).findFirst().orElseThrow().id();
        courseDrafts.save(courseId, opened.title(), opened.summary(), List.of(new ModuleTitle("first",
                opened.modules().getFirst().title(), List.of("intro"), List.of("label-six"))), opened.revision());

        coursePublishing.publish(courseId);

        CourseOutline outline = catalog.outline(courseId).orElseThrow();
        assertThat(outline.modules()).extracting(CourseOutline.Module::slug).containsExactly("first");
        assertThat(outline.steps()).extracting(CourseOutline.Step::slug).containsExactly("intro");
        // the retired version stays readable, so attempts made on it keep their exercise
        assertThat(catalog.exercise(exerciseId, Locale.ENGLISH)).isPresent();
    }

    @Test
    void badAndTakenIdsAreRefusedNamingTheField() {
        assertRefused(() -> structure.create(new NewCourse("New Course", "beginner", LocalizedText.of("T", null),
                LocalizedText.of("S", null), "m", LocalizedText.of("M", null))), DraftRefusedException.Reason.INVALID_ID,
                "id: must be lowercase letters, digits and '-', at most 100, starting with a letter or digit,"
                        + " was 'New Course'");
        assertRefused(() -> structure.create(new NewCourse(slug, "expert", LocalizedText.of("T", null),
                LocalizedText.of("S", null), "m", LocalizedText.of("M", null))), DraftRefusedException.Reason.INVALID_LEVEL,
                "level: must be one of [beginner, intermediate, advanced], was 'expert'");
        assertRefused(() -> structure.create(new NewCourse(slug, "beginner", LocalizedText.of("T", null),
                LocalizedText.of(" ", "Résumé"), "m", LocalizedText.of("M", null))), DraftRefusedException.Reason.EMPTY_TEXT,
                "summary.en: required");
        assertRefused(() -> structure.create(new NewCourse(slug, "beginner", LocalizedText.of("T", null),
                LocalizedText.of("S", null), "-m", LocalizedText.of("M", null))), DraftRefusedException.Reason.INVALID_ID,
                "module.id: must be lowercase letters, digits and '-', at most 100, starting with a letter or digit,"
                        + " was '-m'");
        long courseId = structure.create(newCourse(slug));
        assertRefused(() -> structure.create(newCourse(slug)), DraftRefusedException.Reason.COURSE_EXISTS,
                "id: a course with id '" + slug + "' exists already");

        newLessons.create(courseId, "basics", "welcome", lessonText("Welcome"));
        assertRefused(() -> newLessons.create(courseId, "basics", "welcome", lessonText("Again")),
                DraftRefusedException.Reason.ID_TAKEN, "id: 'welcome' is already a lesson or exercise of this course");
        assertRefused(() -> newLessons.create(courseId, "nowhere", "other", lessonText("Other")),
                DraftRefusedException.Reason.UNKNOWN_MODULE,
                "module: the course has no module 'nowhere' (save a new module with the course first)");
        assertRefused(() -> newLessons.create(courseId, "basics", "Other_Lesson", lessonText("Other")),
                DraftRefusedException.Reason.INVALID_ID,
                "id: must be lowercase letters, digits and '-', at most 100, starting with a letter or digit,"
                        + " was 'Other_Lesson'");
        assertRefused(() -> newLessons.create(courseId, "basics", "other", new NewLessonText(0,
                LocalizedText.of("T", null), LocalizedText.of("Text", null), LocalizedText.of("", null))),
                DraftRefusedException.Reason.INVALID_MINUTES, "minutes: must be from 1 to 600, was 0");
        assertRefused(() -> newLessons.create(courseId, "basics", "other", new NewLessonText(5,
                LocalizedText.of("T", null), LocalizedText.of("  ", "Texte"), LocalizedText.of("", null))),
                DraftRefusedException.Reason.EMPTY_TEXT, "text.en: required");

        CourseDraftSheet opened = courseDrafts.open(courseId);
        List<ModuleTitle> twice = List.of(opened.modules().getFirst(),
                new ModuleTitle("basics", LocalizedText.of("Again", null)));
        assertRefused(() -> courseDrafts.save(courseId, opened.title(), opened.summary(), twice, opened.revision()),
                DraftRefusedException.Reason.MODULES_CHANGED, "modules[1].id: module id 'basics' is used twice");
    }

    @Test
    void aStaleSaveOfANewLessonIsRefusedAndTheColleaguesTextStays() {
        long courseId = structure.create(newCourse(slug));
        NewLessonSheet created = newLessons.create(courseId, "basics", "welcome", lessonText("Welcome"));
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.savedBy()).isEqualTo("struct-ana");

        SignedIn.as("struct-ben", Role.INSTRUCTOR);
        long benRevision = newLessons.save(created.id(), lessonText("Ben's welcome"), created.revision());
        assertThat(benRevision).isEqualTo(2);

        SignedIn.as("struct-ana", Role.INSTRUCTOR);
        assertThatThrownBy(() -> newLessons.save(created.id(), lessonText("Ana's welcome"), created.revision()))
                .isInstanceOfSatisfying(StaleDraftException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo("struct-ben");
                    assertThat(e.currentRevision()).isEqualTo(2);
                });
        assertThatThrownBy(() -> newLessons.discard(created.id(), created.revision()))
                .isInstanceOf(StaleDraftException.class);
        assertThat(newLessons.open(created.id()).text().title().byLanguage()).containsEntry("en", "Ben's welcome");

        newLessons.discard(created.id(), benRevision);
        assertThat(newLessons.ofCourse(courseId)).isEmpty();
        assertThatThrownBy(() -> newLessons.save(created.id(), lessonText("Late"), benRevision))
                .isInstanceOfSatisfying(StaleDraftException.class, e -> assertThat(e.savedBy()).isNull());
    }

    @Test
    void onlyInstructorsShapeCourses() {
        SignedIn.as("struct-lea", Role.LEARNER);
        assertThatThrownBy(() -> structure.create(newCourse(slug))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.unpublished()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newLessons.create(1, "m", "l", lessonText("L")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The test pack with its lesson in "first" and its exercise in "second". */
    private long twoModuleCourse() {
        CoursePack pack = TestCourse.pack();
        CoursePack.Module only = pack.modules().getFirst();
        importer.importPack(new CoursePack(slug, pack.version(), pack.level(), pack.title(), pack.summary(),
                List.of(new CoursePack.Module("first", only.title(), List.of(only.items().get(0))),
                        new CoursePack.Module("second", LocalizedText.of("Second module", "Deuxième module"),
                                List.of(only.items().get(1)))), pack.contentHash()));
        return catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private static NewCourse newCourse(String slug) {
        return new NewCourse(slug, "beginner", LocalizedText.of("New course", "Cours neuf"),
                LocalizedText.of("What it teaches.", "Ce qu’il enseigne."), "basics",
                LocalizedText.of("Basics", "Bases"));
    }

    private static NewLessonText lessonText(String title) {
        return new NewLessonText(7, LocalizedText.of(title, title + " (fr)"),
                LocalizedText.of("# " + title + "\n\nText of " + title + ".", "# " + title + "\n\nTexte de " + title + "."),
                LocalizedText.of("", null));
    }

    private static void assertRefused(Runnable call, DraftRefusedException.Reason reason, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DraftRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
