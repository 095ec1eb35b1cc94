package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tnracademy.core.support.Answers.labelled;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.HintService;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;

/**
 * Opening an exercise reads its spec for the sheet, and spec and key for the hints, the last
 * feedback and a running timed attempt: each is parsed from its text once, the first time, and a
 * new key version is parsed once when it is first used.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ExerciseOpenParsesTest {

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    HintService hints;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    ParsedExercises parsed;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anOpenParsesSpecAndKeyOnceAndANewKeyVersionOnce() {
        String slug = TestCourse.importCopy(importer, "parse-");
        String learner = "parse-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long id = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst().orElseThrow().id();

        assertThat(parsesDuring(() -> open(id))).as("first open: the spec once, the key once").isEqualTo(2);
        grading.submit(id, labelled(Map.of("p1", "doxing")), UUID.randomUUID().toString());
        assertThat(parsesDuring(() -> open(id))).as("next open, with feedback to show").isZero();

        SignedIn.as("instructor", Role.INSTRUCTOR);
        Map<String, Object> key = new LinkedHashMap<>(TestCourse.pack().modules().getFirst().items().stream()
                .filter(i -> i instanceof org.tnracademy.core.packs.CoursePack.Exercise)
                .map(i -> ((org.tnracademy.core.packs.CoursePack.Exercise) i).key()).findFirst().orElseThrow());
        keys.storeKeyVersion(id, key);
        SignedIn.as(learner, Role.LEARNER);
        assertThat(parsesDuring(() -> open(id))).as("the new key version, once; the spec is unchanged").isEqualTo(1);
    }

    /** What the exercise page asks of the core when it opens. */
    private void open(long id) {
        assertThat(catalog.availability(id)).isPresent();
        assertThat(catalog.exercise(id, Locale.ENGLISH)).isPresent();
        assertThat(hints.hints(id)).isInstanceOf(List.class);
        grading.myLatestAttempt(id);
        grading.runningWindow(id);
    }

    private long parsesDuring(Runnable work) {
        long before = parsed.parses();
        work.run();
        return parsed.parses() - before;
    }
}
