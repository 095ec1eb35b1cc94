package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tnracademy.core.support.Answers.labelled;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.tnracademy.core.catalog.ExerciseAvailability;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.regrade.RegradePreview;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.support.SentToLearner;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;

/**
 * An exercise version that publishing superseded, or that was retired, replayed by its id as an
 * old address or a crafted request would: it takes no attempt or hint and sends nothing of its key,
 * even to a learner who used every attempt on it; the catalogue names the version that is current.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class OldExerciseVersionsTakeNoAttemptTest {

    /** Values of the test course's key (label-six) for items the probe below gets wrong or leaves out. */
    private static final List<Object> KEY_OF_WRONG_ITEMS = List.of("harassment", "benign", "Intimidation.",
            "Everyday post.", "A private number with a call to action.", "Call for a pile-on.",
            "A public office line is not doxing.");

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    HintService hints;
    @Autowired
    RegradeService regrades;
    @Autowired
    AccountProvisioning provisioning;

    String courseSlug;
    String learner;
    String instructor;

    @BeforeEach
    void courseAndLearner() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        learner = "old-url-" + suffix;
        instructor = "publisher-" + suffix;
        provisioning.ensure(learner, "Old Url Learner", "secret-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure(instructor, "Publisher", "secret-password", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        courseSlug = TestCourse.importCopy(importer, "old-version-");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aSupersededVersionTakesNoAttemptNorHintAndShowsNothingOfItsKeyEvenAfterEveryAttempt() {
        SignedIn.as(learner, Role.LEARNER);
        long oldId = exerciseId();
        // every attempt used on version 1: its whole result is the learner's to see while it is current
        grading.submit(oldId, labelled(Map.of("p1", "doxing")), token());
        GradedAttempt lastOnOld = grading.submit(oldId, labelled(Map.of("p1", "doxing")), token());
        assertThat(lastOnOld.keyWithheld()).isFalse();
        assertThat(SentToLearner.of(lastOnOld).found(KEY_OF_WRONG_ITEMS)).isNotEmpty();

        publishWithKeyOfP6("harassment");
        SignedIn.as(learner, Role.LEARNER);
        long currentId = exerciseId();
        assertThat(currentId).isNotEqualTo(oldId);

        ExerciseAvailability old = catalog.availability(oldId).orElseThrow();
        assertThat(old.state()).isEqualTo(ExerciseAvailability.State.SUPERSEDED);
        assertThat(old.takesAttempts()).isFalse();
        assertThat(old.currentExerciseId()).isEqualTo(currentId);
        assertThat(catalog.availability(currentId).orElseThrow().takesAttempts()).isTrue();

        assertRefusedAsNotCurrent(() -> grading.submit(oldId, labelled(Map.of("p2", "harassment")), token()));
        assertRefusedAsNotCurrent(() -> grading.start(oldId));
        assertRefusedAsNotCurrent(() -> hints.takeHint(oldId, 0));
        assertThat(hints.hints(oldId)).isEmpty();
        assertThat(grading.runningWindow(oldId)).isEmpty();
        assertThat(grading.myAttempts(oldId)).as("no attempt was taken").hasSize(2);

        GradedAttempt oldLatest = grading.myLatestAttempt(oldId).orElseThrow();
        assertThat(oldLatest.keyWithheld()).isTrue();
        SentToLearner sent = SentToLearner.of(oldLatest, grading.myAttempts(oldId),
                regrades.history(oldLatest.attemptId()));
        assertThat(sent.found(KEY_OF_WRONG_ITEMS)).as("the old version's key, which the new one shares").isEmpty();

        // the current version counts its own attempts, from the first, and takes them
        GradedAttempt onCurrent = grading.submit(currentId, labelled(Map.of("p1", "doxing")), token());
        assertThat(onCurrent.attemptNumber()).isEqualTo(1);
        assertThat(onCurrent.keyWithheld()).isTrue();
    }

    @Test
    void aRetiredExerciseTakesNoAttemptAndLeadsNowhere() {
        SignedIn.as(learner, Role.LEARNER);
        long id = exerciseId();
        grading.submit(id, labelled(Map.of("p1", "doxing")), token());

        publishWithoutTheExercise();
        SignedIn.as(learner, Role.LEARNER);

        ExerciseAvailability retired = catalog.availability(id).orElseThrow();
        assertThat(retired.state()).isEqualTo(ExerciseAvailability.State.WITHDRAWN);
        assertThat(retired.currentExerciseId()).isNull();
        assertRefusedAsNotCurrent(() -> grading.submit(id, labelled(Map.of("p2", "harassment")), token()));
        assertRefusedAsNotCurrent(() -> grading.start(id));
        assertThat(grading.myAttempts(id)).hasSize(1);
        assertThat(SentToLearner.of(grading.myLatestAttempt(id).orElseThrow()).found(KEY_OF_WRONG_ITEMS)).isEmpty();
    }

    @Test
    void aLearnersEarlierGradesAfterARegradeAreWithheldLikeTheirCurrentOnes() {
        SignedIn.as(learner, Role.LEARNER);
        long id = exerciseId();
        GradedAttempt first = grading.submit(id, labelled(Map.of("p1", "doxing")), token());

        SignedIn.as(instructor, Role.INSTRUCTOR);
        Map<String, Object> newKey = keyWithP6(TestCourse.pack(), "harassment");
        RegradePreview preview = regrades.dryRun(id, newKey);
        regrades.apply(id, newKey, preview.token());
        assertThat(SentToLearner.of(regrades.history(first.attemptId())).found(KEY_OF_WRONG_ITEMS))
                .as("instructors read earlier grades whole").isNotEmpty();

        SignedIn.as(learner, Role.LEARNER);
        List<GradeHistoryEntry> history = regrades.history(first.attemptId());
        assertThat(history).hasSize(1);
        assertThat(SentToLearner.of(history, grading.myLatestAttempt(id).orElseThrow()).found(KEY_OF_WRONG_ITEMS))
                .isEmpty();
    }

    private static void assertRefusedAsNotCurrent(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SubmissionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.NOT_CURRENT));
    }

    private long exerciseId() {
        return catalog.outlines().stream().filter(o -> o.slug().equals(courseSlug)).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .findFirst().orElseThrow().id();
    }

    /** Publishes the course again with p6 keyed otherwise: what is graded changed, so a new version. */
    private void publishWithKeyOfP6(String label) {
        CoursePack pack = TestCourse.pack();
        List<CoursePack.Module> modules = new ArrayList<>();
        for (CoursePack.Module m : pack.modules()) {
            List<CoursePack.Item> items = new ArrayList<>();
            for (CoursePack.Item item : m.items()) {
                items.add(item instanceof CoursePack.Exercise e
                        ? new CoursePack.Exercise(e.id(), e.type(), e.version(), e.title(), e.instructions(), e.level(),
                                e.forms(), e.spec(), keyWithP6(pack, label), e.policy(), e.dataset(),
                                "changed-" + UUID.randomUUID())
                        : item);
            }
            modules.add(new CoursePack.Module(m.id(), m.title(), items));
        }
        republish(pack, modules);
    }

    private void publishWithoutTheExercise() {
        CoursePack pack = TestCourse.pack();
        republish(pack, pack.modules().stream().map(m -> new CoursePack.Module(m.id(), m.title(),
                m.items().stream().filter(i -> !(i instanceof CoursePack.Exercise)).toList())).toList());
    }

    private void republish(CoursePack pack, List<CoursePack.Module> modules) {
        SignedIn.as(instructor, Role.INSTRUCTOR);
        assertThat(importer.importPack(new CoursePack(courseSlug, pack.version() + 1, pack.level(), pack.title(),
                pack.summary(), modules, "republished-" + UUID.randomUUID()))).isEqualTo(CourseImporter.Outcome.UPDATED);
    }

    /** The test course's key with item p6 given another label. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> keyWithP6(CoursePack pack, String label) {
        CoursePack.Exercise exercise = pack.modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePack.Exercise.class::isInstance).map(CoursePack.Exercise.class::cast)
                .findFirst().orElseThrow();
        List<Object> items = new ArrayList<>();
        for (Object entry : (List<Object>) exercise.key().get("items")) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) entry);
            if ("p6".equals(copy.get("item"))) {
                copy.put("label", label);
            }
            items.add(copy);
        }
        Map<String, Object> key = new LinkedHashMap<>(exercise.key());
        key.put("items", items);
        return key;
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
