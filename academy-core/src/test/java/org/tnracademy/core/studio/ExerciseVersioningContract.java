package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.packs.GradedContent;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.support.Answers;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.exercises.LocalizedText;

/**
 * What an exercise version means, against each database the academy supports (see the
 * subclasses): an edit of wording published from the studio keeps the version, its attempts and
 * everyone's progress; a change to what is graded of an attempted exercise is published only with
 * the instructor's choice, after seeing how many learners and attempts it affects: carry the attempts
 * over (regraded) or start fresh (a new version). Each test works on its own copy of the test course.
 */
abstract class ExerciseVersioningContract {

    /** The published key of the test course's label-six: a perfect answer under it. */
    private static final Map<String, String> PUBLISHED_KEY = Map.of("p1", "doxing", "p2", "harassment",
            "p3", "benign", "p4", "doxing", "p5", "harassment", "p6", "benign");

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
    ProgressService progress;
    @Autowired
    RegradeService regrade;
    @Autowired
    AccountProvisioning provisioning;

    long courseId;
    long exerciseId;
    String ada;
    String bo;

    @BeforeEach
    void courseWithAttempts() {
        provisioning.ensure("versions-instructor", "Ines", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        String slug = TestCourse.importCopy(importer, "versions-");
        SignedIn.as("versions-instructor", Role.INSTRUCTOR);
        CourseOutline outline = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst()
                .orElseThrow();
        courseId = outline.id();
        exerciseId = exercise().id();
        // Ada: one perfect attempt; Bo: two attempts, the second perfect
        ada = learner("versions-ada-");
        submit(ada, PUBLISHED_KEY);
        bo = learner("versions-bo-");
        submit(bo, Map.of("p1", "benign"));
        submit(bo, PUBLISHED_KEY);
        SignedIn.as("versions-instructor", Role.INSTRUCTOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aWordingOnlyPublishKeepsTheExerciseVersionItsAttemptsAndEveryonesProgress() {
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        ExerciseDraftContent c = opened.content();
        Map<String, Object> spec = relabelled(c.spec(), "harassment", "Harassment or intimidation");
        Map<String, Object> key = explained(c.key(), "p3", "An everyday post about the weather.");
        AttemptPolicy policy = new AttemptPolicy(c.policy().maxAttempts(), c.policy().timeLimitMinutes(),
                c.policy().scoring(), c.policy().hints());
        exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent(c.moduleId(),
                LocalizedText.of("Label six posts, with a clearer title", "Étiqueter six messages"),
                LocalizedText.of("Label each of the six posts.", "Étiquetez chacun des six messages."),
                "intermediate", List.of("doxing", "harassment"), policy, spec, key, c.datasetId()),
                opened.revision());

        assertThat(coursePublishing.gradedChanges(courseId)).as("wording is not graded").isEmpty();
        coursePublishing.publish(courseId);

        CourseOutline.Step step = exercise();
        assertThat(step.id()).as("the same exercise version").isEqualTo(exerciseId);
        assertThat(step.version()).isEqualTo(1);
        assertThat(step.title().in(Locale.ENGLISH)).isEqualTo("Label six posts, with a clearer title");
        assertThat(catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow().labels())
                .extracting(l -> l.title().in(Locale.ENGLISH)).contains("Harassment or intimidation");
        SignedIn.as(bo, Role.LEARNER);
        assertThat(grading.myAttempts(exerciseId)).hasSize(2);
        LearnerProgress.Step standing = standing();
        assertThat(standing.done()).isTrue();
        assertThat(standing.attempts()).isEqualTo(2);
        assertThat(standing.score()).isEqualTo(1.0);
        assertThat(grading.myLatestAttempt(exerciseId).orElseThrow().regradedAt()).as("nothing regraded").isNull();
    }

    @Test
    void aKeyChangeNamesTheLearnersAndAttemptsItAffectsAndIsRefusedWithoutAChoice() {
        changeKeyOfP1To("benign");

        List<GradedChange> changes = coursePublishing.gradedChanges(courseId);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.slug()).isEqualTo("label-six");
            assertThat(change.exerciseId()).isEqualTo(exerciseId);
            assertThat(change.parts()).containsExactly(GradedContent.Part.KEY);
            assertThat(change.learners()).isEqualTo(2);
            assertThat(change.attempts()).isEqualTo(3);
            assertThat(change.carryOver().possible()).isTrue();
            assertThat(change.carryOver().regraded()).isEqualTo(3);
            // the two perfect attempts lose p1, Bo's first (p1 benign) gains it
            assertThat(change.carryOver().down()).isEqualTo(2);
            assertThat(change.carryOver().up()).isEqualTo(1);
        });
        assertThatThrownBy(() -> coursePublishing.publish(courseId))
                .isInstanceOfSatisfying(ExerciseDraftRefusedException.class, e -> {
                    assertThat(e.why()).isEqualTo(ExerciseDraftRefusedException.Why.GRADED_CHANGE_NEEDS_CHOICE);
                    assertThat(e.gradedChanges()).extracting(GradedChange::slug).containsExactly("label-six");
                });
        assertThat(exercise().id()).as("nothing was published").isEqualTo(exerciseId);
        assertThat(regrade.keyOverview(exerciseId).currentKeyVersion()).isEqualTo(1);
    }

    @Test
    void carryingAttemptsOverRegradesThemOnTheSameVersionAndProgressFollows() {
        changeKeyOfP1To("benign");
        Map<String, String> newKey = new LinkedHashMap<>(PUBLISHED_KEY);
        newKey.put("p1", "benign");
        double perfectBefore = exerciseDrafts.testGrade(courseId, "label-six", Answers.labelled(PUBLISHED_KEY)).score();
        assertThat(perfectBefore).as("the old perfect answer is not perfect under the new key").isLessThan(1.0);

        coursePublishing.publish(courseId, Map.of("label-six", GradedChangeChoice.CARRY_OVER));

        assertThat(exercise().id()).as("the same exercise version").isEqualTo(exerciseId);
        assertThat(exercise().version()).isEqualTo(1);
        assertThat(regrade.keyOverview(exerciseId).currentKeyVersion()).isEqualTo(2);
        SignedIn.as(ada, Role.LEARNER);
        GradedAttempt adas = grading.myLatestAttempt(exerciseId).orElseThrow();
        assertThat(adas.score()).isCloseTo(perfectBefore, within(1e-9));
        assertThat(adas.keyVersion()).isEqualTo(2);
        assertThat(adas.regradedAt()).isNotNull();
        assertThat(standing().score()).as("progress follows the regrade").isCloseTo(perfectBefore, within(1e-9));
        assertThat(standing().attempts()).isEqualTo(1);
        SignedIn.as(bo, Role.LEARNER);
        List<org.tnracademy.core.grading.AttemptSummary> bos = grading.myAttempts(exerciseId);
        assertThat(bos).hasSize(2).allSatisfy(a -> assertThat(a.score()).isLessThan(1.0));
        assertThat(standing().score()).as("the best of Bo's two regraded attempts")
                .isEqualTo(bos.stream().mapToDouble(a -> a.score()).max().orElseThrow());
    }

    @Test
    void startingFreshMakesANewVersionKeepsTheOldAttemptsAndRestartsProgress() {
        changeKeyOfP1To("benign");

        coursePublishing.publish(courseId, Map.of("label-six", GradedChangeChoice.START_FRESH));

        CourseOutline.Step step = exercise();
        assertThat(step.id()).as("a new exercise version").isNotEqualTo(exerciseId);
        assertThat(step.version()).isEqualTo(2);
        SignedIn.as(bo, Role.LEARNER);
        assertThat(grading.myAttempts(exerciseId)).as("kept in history, on the version they were made on").hasSize(2);
        assertThat(grading.myLatestAttempt(exerciseId).orElseThrow().score()).as("graded as they were").isEqualTo(1.0);
        assertThat(grading.myAttempts(step.id())).isEmpty();
        LearnerProgress.Step standing = standing();
        assertThat(standing.id()).isEqualTo(step.id());
        assertThat(standing.done()).isFalse();
        assertThat(standing.attempts()).isZero();
    }

    @Test
    void attemptsThatDoNotFitTheNewSpecCannotBeCarriedOverButCanStartFresh() {
        // the label "harassment" goes away: Bo's and Ada's answers used it
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        ExerciseDraftContent c = opened.content();
        Map<String, Object> spec = Map.of("labels", List.of(
                Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
                Map.of("id", "benign", "title", Map.of("en", "Benign"))));
        Map<String, String> labels = new LinkedHashMap<>(PUBLISHED_KEY);
        labels.replaceAll((item, label) -> label.equals("harassment") ? "benign" : label);
        exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent(c.moduleId(), c.title(), c.instructions(),
                c.level(), c.forms(), c.policy(), spec, keyOf(labels), c.datasetId()), opened.revision());

        GradedChange change = coursePublishing.gradedChanges(courseId).getFirst();
        assertThat(change.parts()).isEqualTo(Set.of(GradedContent.Part.SPEC, GradedContent.Part.KEY));
        assertThat(change.carryOver().possible()).isFalse();
        assertThat(change.carryOver().refusal()).isEqualTo(GradedChange.CarryOver.Refusal.ANSWERS_DO_NOT_FIT);
        assertThat(change.carryOver().unfitAnswers()).isEqualTo(2);
        assertThatThrownBy(() -> coursePublishing.publish(courseId, Map.of("label-six", GradedChangeChoice.CARRY_OVER)))
                .isInstanceOfSatisfying(ExerciseDraftRefusedException.class,
                        e -> assertThat(e.why()).isEqualTo(ExerciseDraftRefusedException.Why.CARRY_OVER_REFUSED));
        assertThat(exercise().id()).isEqualTo(exerciseId);

        coursePublishing.publish(courseId, Map.of("label-six", GradedChangeChoice.START_FRESH));
        assertThat(exercise().version()).isEqualTo(2);
    }

    private void changeKeyOfP1To(String label) {
        ExerciseDraftSheet opened = exerciseDrafts.open(courseId, "label-six");
        ExerciseDraftContent c = opened.content();
        Map<String, String> labels = new LinkedHashMap<>(PUBLISHED_KEY);
        labels.put("p1", label);
        exerciseDrafts.save(courseId, "label-six", new ExerciseDraftContent(c.moduleId(), c.title(), c.instructions(),
                c.level(), c.forms(), c.policy(), c.spec(), keyOf(labels), c.datasetId()), opened.revision());
    }

    private CourseOutline.Step exercise() {
        return catalog.outline(courseId).orElseThrow().steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst().orElseThrow();
    }

    /** The signed-in learner's progress on the course's exercise as it is now. */
    private LearnerProgress.Step standing() {
        return progress.myProgress().courses().stream().filter(c -> c.courseId() == courseId).findFirst()
                .orElseThrow().steps().stream().filter(LearnerProgress.Step::exercise).findFirst().orElseThrow();
    }

    private String learner(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Learner " + name, "pw-1234567890", EnumSet.of(Role.LEARNER));
        return name;
    }

    private void submit(String learner, Map<String, String> labels) {
        SignedIn.as(learner, Role.LEARNER);
        grading.submit(exerciseId, Answers.labelled(labels), UUID.randomUUID().toString());
    }

    private static Map<String, Object> keyOf(Map<String, String> labels) {
        List<Object> items = new ArrayList<>();
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> items.add(Map.of("item",
                e.getKey(), "label", e.getValue(), "explanation", Map.of("en", "Because.", "fr", "Parce que."))));
        return Map.of("items", items);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> relabelled(Map<String, Object> spec, String labelId, String englishTitle) {
        List<Object> labels = new ArrayList<>();
        for (Object l : (List<Object>) spec.get("labels")) {
            Map<String, Object> label = new LinkedHashMap<>((Map<String, Object>) l);
            if (labelId.equals(label.get("id"))) {
                label.put("title", Map.of("en", englishTitle, "fr", "Harcèlement ou intimidation"));
            }
            labels.add(label);
        }
        Map<String, Object> copy = new LinkedHashMap<>(spec);
        copy.put("labels", labels);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> explained(Map<String, Object> key, String item, String englishExplanation) {
        List<Object> items = new ArrayList<>();
        for (Object i : (List<Object>) key.get("items")) {
            Map<String, Object> entry = new LinkedHashMap<>((Map<String, Object>) i);
            if (item.equals(entry.get("item"))) {
                entry.put("explanation", Map.of("en", englishExplanation));
            }
            items.add(entry);
        }
        Map<String, Object> copy = new LinkedHashMap<>(key);
        copy.put("items", items);
        return copy;
    }
}
