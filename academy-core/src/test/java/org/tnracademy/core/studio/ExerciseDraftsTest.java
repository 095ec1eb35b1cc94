package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.grading.AttemptRegrading;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.support.Answers;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.exercises.LocalizedText;

/**
 * Exercise drafts: creating and editing exercises as drafts learners do not see, validation equal
 * to a pack import's (stored anyway, refused at publishing), two instructors' saves, test-grading a
 * draft, and publishing new and edited exercises with learners' attempts kept.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ExerciseDraftsTest {

    @Autowired
    ExerciseDrafts exerciseDrafts;
    @Autowired
    CoursePublishing coursePublishing;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AttemptRegrading regrading;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CourseStructure structure;

    String slug;
    long courseId;
    long exerciseId;
    long datasetId;

    @BeforeEach
    void ownCourse() {
        provisioning.ensure("xdraft-ana", "Ana", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("xdraft-ben", "Ben", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        slug = TestCourse.importCopy(importer, "xdraft-");
        SignedIn.as("xdraft-ana", Role.INSTRUCTOR);
        CourseOutline outline = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst()
                .orElseThrow();
        courseId = outline.id();
        exerciseId = exercises(outline).getFirst().id();
        datasetId = catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow().datasetId();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aNewCourseGetsItsFirstExerciseInTheModuleOfItsDraftAndIsListedOncePublished() {
        String newSlug = "xdraft-new-" + UUID.randomUUID().toString().substring(0, 8);
        long newCourse = structure.create(new NewCourse(newSlug, "beginner", LocalizedText.of("A new course", null),
                LocalizedText.of("About choices.", null), "basics", LocalizedText.of("Basics", "Bases")));
        ExerciseDraftSheet created = exerciseDrafts.create(newCourse, "basics", "pick-one", "choice");
        Map<String, Object> spec = Map.of("questions", List.of(Map.of("id", "q1", "kind", "single",
                "prompt", Map.of("en", "Which post exposes a home address?"),
                "options", List.of(Map.of("id", "a", "text", Map.of("en", "The one naming a street")),
                        Map.of("id", "b", "text", Map.of("en", "The one about the weather"))))));
        Map<String, Object> key = Map.of("questions", List.of(Map.of("id", "q1", "options", List.of(
                Map.of("id", "a", "correct", true, "explanation", Map.of("en", "A street and number locate her.")),
                Map.of("id", "b", "correct", false, "explanation", Map.of("en", "Weather exposes nobody."))))));
        ExerciseDraftSheet saved = exerciseDrafts.save(newCourse, "pick-one", new ExerciseDraftContent("basics",
                LocalizedText.of("Pick one", null), LocalizedText.of("Choose.", null), null, List.of(),
                new AttemptPolicy(3, null, ScoringPolicy.BEST, List.of()), spec, key, null), created.revision());
        assertThat(saved.problems()).as("a module of the course draft takes exercises").isEmpty();
        assertThat(catalog.outline(newCourse)).as("not listed before its first publication").isEmpty();

        coursePublishing.publish(newCourse);

        CourseOutline outline = catalog.outline(newCourse).orElseThrow();
        assertThat(outline.modules()).extracting(CourseOutline.Module::slug).containsExactly("basics");
        assertThat(outline.modules().getFirst().title().in(Locale.FRENCH)).isEqualTo("Bases");
        assertThat(exercises(outline)).extracting(CourseOutline.Step::slug).containsExactly("pick-one");
    }

    @Test
    void aNewExerciseIsADraftLearnersDoNotSeeUntilPublishedAtTheEndOfItsModule() {
        ExerciseDraftSheet created = exerciseDrafts.create(courseId, "first", "label-more", "item-labelling");
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.created()).isTrue();
        assertThat(created.valid()).as("an empty new exercise says what to fill in").isFalse();
        assertThat(created.problems()).extracting(DraftProblem::field).contains("title.en", "instructions.en");

        ExerciseDraftSheet saved = exerciseDrafts.save(courseId, "label-more", labelling("Label more posts",
                keyOf(Map.of("p1", "doxing", "p2", "harassment", "p3", "benign", "p4", "doxing", "p5", "harassment",
                        "p6", "benign"))), created.revision());
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(exerciseDrafts.drafts(courseId)).extracting(ExerciseDraftSheet::slug).containsExactly("label-more");
        assertThat(exercises(catalog.outline(courseId).orElseThrow())).as("a draft is not published").hasSize(1);

        PublishedCourse published = coursePublishing.publish(courseId);
        assertThat(published.packVersion()).isEqualTo(2);
        List<CourseOutline.Step> after = exercises(catalog.outline(courseId).orElseThrow());
        assertThat(after).extracting(CourseOutline.Step::slug).containsExactly("label-six", "label-more");
        assertThat(after.getFirst().id()).as("the untouched exercise keeps its version").isEqualTo(exerciseId);
        ExerciseSheet sheet = catalog.exercise(after.get(1).id(), Locale.ENGLISH).orElseThrow();
        assertThat(sheet.title().in(Locale.ENGLISH)).isEqualTo("Label more posts");
        assertThat(sheet.policy().maxAttempts()).isEqualTo(4);
        assertThat(sheet.policy().hintCosts()).containsExactly(0.1);
        assertThat(exerciseDrafts.drafts(courseId)).isEmpty();
    }

    @Test
    void anInvalidDraftIsStoredWithItsProblemsByFieldAndPublishingIsRefusedNamingIt() {
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        assertThat(opened.isDraft()).isFalse();
        assertThat(opened.exerciseId()).isEqualTo(exerciseId);
        Map<String, Object> spec = new LinkedHashMap<>(opened.spec());
        @SuppressWarnings("unchecked")
        List<Object> labels = new ArrayList<>((List<Object>) spec.get("labels"));
        labels.set(1, Map.of("id", "Not An Id", "title", Map.of("en", "Bad")));
        spec.put("labels", labels);
        ExerciseDraftContent c = opened.content();
        ExerciseDraftContent bad = new ExerciseDraftContent(c.moduleId(), new LocalizedText(Map.of("fr", "Titre")),
                c.instructions(), c.level(), c.forms(), c.policy(), spec, c.key(), c.datasetId());

        ExerciseDraftSheet saved = exerciseDrafts.save(courseId, "label-six", bad, 0);
        assertThat(saved.revision()).as("stored, so nothing typed is lost").isEqualTo(1);
        assertThat(saved.title().byLanguage()).containsEntry("fr", "Titre");
        assertThat(saved.problems()).extracting(DraftProblem::field).contains("title.en");
        assertThat(saved.problems()).anySatisfy(p -> {
            assertThat(p.field()).startsWith("spec.labels[1]");
            assertThat(p.reason()).contains("Not An Id");
        });
        assertThat(saved.problems()).allSatisfy(p -> assertThat(p.file()).isNotBlank());

        assertThatThrownBy(() -> coursePublishing.publish(courseId))
                .isInstanceOfSatisfying(ExerciseDraftRefusedException.class, e -> {
                    assertThat(e.why()).isEqualTo(ExerciseDraftRefusedException.Why.INVALID_DRAFTS);
                    assertThat(e.problemsBySlug()).containsOnlyKeys("label-six");
                });
        assertThat(exerciseDrafts.open(courseId, "label-six").isDraft()).as("the refused draft stays").isTrue();
    }

    @Test
    void anUnknownLabelInTheKeyIsAProblemOfTheKeyField() {
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        ExerciseDraftContent c = opened.content();
        Map<String, String> labels = new LinkedHashMap<>(Map.of("p1", "doxing", "p2", "harassment", "p3", "benign",
                "p4", "doxing", "p5", "harassment", "p6", "spam"));
        ExerciseDraftSheet saved = exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent(c.moduleId(),
                c.title(), c.instructions(), c.level(), c.forms(), c.policy(), c.spec(), keyOf(labels),
                c.datasetId()), 0);
        assertThat(saved.problems()).anySatisfy(p -> {
            assertThat(p.field()).startsWith("key.items[").endsWith("].label");
            assertThat(p.reason()).contains("'spam'");
        });
    }

    @Test
    void aSecondInstructorsStaleSaveIsRefusedAndTheFirstOnesDraftStays() {
        ExerciseDraftSheet anaOpened = exerciseDrafts.open(courseId, "label-six");
        SignedIn.as("xdraft-ben", Role.INSTRUCTOR);
        ExerciseDraftSheet benOpened = exerciseDrafts.open(courseId, "label-six");
        SignedIn.as("xdraft-ana", Role.INSTRUCTOR);
        exerciseDrafts.save(courseId, "label-six", retitled(anaOpened, "Ana's title"), anaOpened.revision());

        SignedIn.as("xdraft-ben", Role.INSTRUCTOR);
        assertThatThrownBy(() -> exerciseDrafts.save(courseId, "label-six", retitled(benOpened, "Ben's title"),
                benOpened.revision())).isInstanceOfSatisfying(StaleDraftException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo("xdraft-ana");
                    assertThat(e.currentRevision()).isEqualTo(1);
                });
        assertThat(exerciseDrafts.open(courseId, "label-six").title().in(Locale.ENGLISH)).isEqualTo("Ana's title");
        assertThatThrownBy(() -> exerciseDrafts.discard(courseId, "label-six", 0))
                .isInstanceOf(StaleDraftException.class);

        exerciseDrafts.discard(courseId, "label-six", 1);
        ExerciseDraftSheet reopened = exerciseDrafts.open(courseId, "label-six");
        assertThat(reopened.isDraft()).isFalse();
        assertThat(reopened.title().in(Locale.ENGLISH)).isEqualTo("Label six posts");
    }

    @Test
    void badCreationsAreRefusedWithTheirReason() {
        assertWhy(() -> exerciseDrafts.create(courseId, "first", "Bad Slug", "choice"),
                ExerciseDraftRefusedException.Why.BAD_SLUG);
        assertWhy(() -> exerciseDrafts.create(courseId, "first", "intro", "choice"),
                ExerciseDraftRefusedException.Why.SLUG_IN_USE);
        assertWhy(() -> exerciseDrafts.create(courseId, "first", "new-one", "poetry"),
                ExerciseDraftRefusedException.Why.UNKNOWN_TYPE);
        assertWhy(() -> exerciseDrafts.create(courseId, "nowhere", "new-one", "choice"),
                ExerciseDraftRefusedException.Why.UNKNOWN_MODULE);
        assertWhy(() -> exerciseDrafts.open(courseId, "no-such-exercise"),
                ExerciseDraftRefusedException.Why.UNKNOWN_EXERCISE);
        assertWhy(() -> exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent("first", null, null, null,
                null, null, null, null, Long.MAX_VALUE), 0), ExerciseDraftRefusedException.Why.UNKNOWN_DATASET);
        assertThat(exerciseDrafts.drafts(courseId)).isEmpty();
    }

    @Test
    void testGradingGradesTheDraftsKeyAndRecordsNothing() {
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        Map<String, String> key = Map.of("p1", "harassment", "p2", "harassment", "p3", "benign", "p4", "doxing",
                "p5", "harassment", "p6", "benign");
        ExerciseDraftContent c = opened.content();
        exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent(c.moduleId(), c.title(),
                c.instructions(), c.level(), c.forms(), c.policy(), c.spec(), keyOf(key), c.datasetId()), 0);

        DraftTestGrade perfect = exerciseDrafts.testGrade(courseId, "label-six", Answers.labelled(key));
        assertThat(perfect.score()).isEqualTo(1.0);
        DraftTestGrade published = exerciseDrafts.testGrade(courseId, "label-six",
                Answers.labelled(Map.of("p1", "doxing")));
        assertThat(published.score()).as("graded with the draft's key, not the published one").isLessThan(1.0);
        assertWhy(() -> exerciseDrafts.testGrade(courseId, "label-six", Answers.labelled(Map.of())),
                ExerciseDraftRefusedException.Why.EMPTY_ANSWER);
        assertWhy(() -> exerciseDrafts.testGrade(courseId, "label-six", Answers.labelled(Map.of("p1", "spam"))),
                ExerciseDraftRefusedException.Why.INVALID_ANSWER);
        ExerciseSheet sheet = exerciseDrafts.learnerSheet(courseId, "label-six", Locale.FRENCH);
        assertThat(sheet.labels()).extracting(l -> l.id()).containsExactly("doxing", "harassment", "benign");
        assertThat(sheet.datasetId()).isEqualTo(datasetId);
        assertThat(regrading.gradedAnswers(exerciseId)).as("no attempt recorded").isEmpty();
    }

    @Test
    void aRetitledExerciseKeepsItsVersionAndLearnersTheirAttempts() {
        String learner = learnerWithAttempt();
        SignedIn.as("xdraft-ana", Role.INSTRUCTOR);
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        exerciseDrafts.save(courseId, "label-six", retitled(opened, "Label six posts, revised"), 0);
        coursePublishing.publish(courseId);

        CourseOutline.Step step = exercises(catalog.outline(courseId).orElseThrow()).getFirst();
        assertThat(step.slug()).isEqualTo("label-six");
        assertThat(step.id()).as("a title is wording: the version is updated in place").isEqualTo(exerciseId);
        assertThat(step.version()).isEqualTo(1);
        assertThat(step.title().in(Locale.ENGLISH)).isEqualTo("Label six posts, revised");
        SignedIn.as(learner, Role.LEARNER);
        assertThat(grading.myAttempts(exerciseId)).as("the attempt stays on the version learners work on").hasSize(1);
    }

    @Test
    void aKeyChangeOnAnExerciseWithAttemptsIsRefusedWithoutTheInstructorsChoice() {
        learnerWithAttempt();
        SignedIn.as("xdraft-ana", Role.INSTRUCTOR);
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        ExerciseDraftContent c = opened.content();
        exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent(c.moduleId(), c.title(),
                c.instructions(), c.level(), c.forms(), c.policy(), c.spec(), keyOf(Map.of("p1", "benign", "p2",
                "harassment", "p3", "benign", "p4", "doxing", "p5", "harassment", "p6", "benign")), c.datasetId()), 0);
        assertThatThrownBy(() -> coursePublishing.publish(courseId))
                .isInstanceOfSatisfying(ExerciseDraftRefusedException.class, e -> {
                    assertThat(e.why()).isEqualTo(ExerciseDraftRefusedException.Why.GRADED_CHANGE_NEEDS_CHOICE);
                    assertThat(e.gradedChanges()).singleElement()
                            .satisfies(change -> assertThat(change.exerciseId()).isEqualTo(exerciseId));
                });
        assertThat(exercises(catalog.outline(courseId).orElseThrow()).getFirst().id()).isEqualTo(exerciseId);
    }

    @Test
    void onlyInstructorsWorkOnDrafts() {
        SignedIn.as("xdraft-learner", Role.LEARNER);
        assertThatThrownBy(() -> exerciseDrafts.open(courseId, "label-six")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exerciseDrafts.create(courseId, "first", "x", "choice"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exerciseDrafts.testGrade(courseId, "label-six", Map.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String learnerWithAttempt() {
        String learner = "xdraft-learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-1234567890", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        grading.submit(exerciseId, Answers.labelled(Map.of("p1", "doxing")), UUID.randomUUID().toString());
        return learner;
    }

    private ExerciseDraftContent labelling(String title, Map<String, Object> key) {
        Map<String, Object> spec = Map.of("labels", List.of(
                Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
                Map.of("id", "harassment", "title", Map.of("en", "Harassment")),
                Map.of("id", "benign", "title", Map.of("en", "Benign"))));
        return new ExerciseDraftContent("first", LocalizedText.of(title, null),
                LocalizedText.of("Label each post.", "Étiquetez chaque message."), "beginner", List.of("doxing"),
                new AttemptPolicy(4, null, ScoringPolicy.LAST, List.of(new AttemptPolicy.Hint(
                        LocalizedText.of("Look for addresses.", " "), 0.1))), spec, key, datasetId);
    }

    private static Map<String, Object> keyOf(Map<String, String> labels) {
        List<Object> items = new ArrayList<>();
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> items.add(Map.of("item", e.getKey(),
                "label", e.getValue(), "explanation", Map.of("en", "Because."))));
        return Map.of("items", items);
    }

    private static ExerciseDraftContent retitled(ExerciseDraftSheet sheet, String title) {
        ExerciseDraftContent c = sheet.content();
        return new ExerciseDraftContent(c.moduleId(), LocalizedText.of(title, null), c.instructions(), c.level(),
                c.forms(), c.policy(), c.spec(), c.key(), c.datasetId());
    }

    private static List<CourseOutline.Step> exercises(CourseOutline outline) {
        return outline.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).toList();
    }

    private static void assertWhy(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                  ExerciseDraftRefusedException.Why why) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ExerciseDraftRefusedException.class,
                e -> assertThat(e.why()).isEqualTo(why));
    }
}
