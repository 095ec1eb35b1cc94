package org.tnracademy.core.catalog;

import static org.tnracademy.core.support.Answers.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.SignedIn;

/** Importing a pack again: unchanged is a no-op, a changed exercise becomes a new version, old attempts stay. */
@SpringBootTest(classes = CoreTestApplication.class)
class PackReimportTest {

    private static final String[] FILES = {"course.yaml", "lessons/intro.en.md", "lessons/intro.fr.md",
        "exercises/label-six.yaml", "datasets/six.jsonl", "keys/label-six.key.yaml"};

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    ProgressService progress;

    @TempDir
    Path pack;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void reimportingKeepsOldAttemptsAndVersionsChangedExercises() throws IOException {
        copyTestPackAs("reimport-course");
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.IMPORTED);
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UNCHANGED);

        String learner = "reimport-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        CourseOutline before = outline();
        long lessonId = step(before, CourseOutline.StepKind.LESSON).id();
        long oldExerciseId = step(before, CourseOutline.StepKind.EXERCISE).id();
        grading.submit(oldExerciseId, labelled(Map.of("p1", "doxing")), UUID.randomUUID().toString());

        // the author corrects the key of p6 and renames the lesson
        replace("keys/label-six.key.yaml", "{item: p6, label: benign", "{item: p6, label: harassment");
        replace("lessons/intro.en.md", "title: Introduction", "title: Introduction, revised");
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UPDATED);

        CourseOutline after = outline();
        CourseOutline.Step exercise = step(after, CourseOutline.StepKind.EXERCISE);
        assertThat(exercise.id()).isNotEqualTo(oldExerciseId);
        assertThat(exercise.version()).isEqualTo(2);
        CourseOutline.Step lesson = step(after, CourseOutline.StepKind.LESSON);
        assertThat(lesson.id()).isEqualTo(lessonId);
        assertThat(lesson.title().in(Locale.ENGLISH)).isEqualTo("Introduction, revised");
        // the attempt on version 1 stays, with its grade, and the version stays viewable
        assertThat(grading.myAttempts(oldExerciseId)).hasSize(1);
        assertThat(grading.myLatestAttempt(oldExerciseId)).isPresent();
        assertThat(catalog.exercise(oldExerciseId, Locale.ENGLISH)).get()
                .extracting(ExerciseSheet::version).isEqualTo(1);
        assertThat(grading.myAttempts(exercise.id())).isEmpty();
    }

    @Test
    void aWordingOnlyReimportKeepsTheExerciseVersionItsAttemptsAndProgress() throws IOException {
        copyTestPackAs("rewording-course");
        importer.importPack(read());
        String learner = "rewording-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long exerciseId = step(outline("rewording-course"), CourseOutline.StepKind.EXERCISE).id();
        grading.submit(exerciseId, labelled(Map.of("p1", "doxing", "p2", "harassment")), UUID.randomUUID().toString());
        LearnerProgress.Step before = exerciseProgress("rewording-course");

        // the author rewords the title, the instructions, a label's title and an explanation, and adds a level
        replace("exercises/label-six.yaml", "{en: \"Label six posts\"", "{en: \"Label these six posts\"");
        replace("exercises/label-six.yaml", "{en: \"Label each post.\"", "{en: \"Give each post one label.\"");
        replace("exercises/label-six.yaml", "title: {en: Harassment, fr: Harcèlement}",
                "title: {en: Harassment or intimidation, fr: Harcèlement ou intimidation}");
        replace("exercises/label-six.yaml", "dataset: datasets/six.jsonl", "level: beginner\ndataset: datasets/six.jsonl");
        replace("keys/label-six.key.yaml", "{en: \"Intimidation.\"", "{en: \"Intimidation of the author.\"");
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UPDATED);

        CourseOutline.Step exercise = step(outline("rewording-course"), CourseOutline.StepKind.EXERCISE);
        assertThat(exercise.id()).as("the same exercise version, updated in place").isEqualTo(exerciseId);
        assertThat(exercise.version()).isEqualTo(1);
        assertThat(exercise.title().in(Locale.ENGLISH)).isEqualTo("Label these six posts");
        assertThat(catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow().level()).isEqualTo("beginner");
        assertThat(grading.myAttempts(exerciseId)).hasSize(1);
        assertThat(exerciseProgress("rewording-course")).usingRecursiveComparison().ignoringFields("title")
                .isEqualTo(before);
        assertThat(before.done()).isTrue();
        assertThat(importer.importPack(read())).as("imported once").isEqualTo(CourseImporter.Outcome.UNCHANGED);
    }

    @Test
    void aGradedChangeByPackImportStartsFreshOnANewVersion() throws IOException {
        copyTestPackAs("regrading-course");
        importer.importPack(read());
        String learner = "regrading-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long exerciseId = step(outline("regrading-course"), CourseOutline.StepKind.EXERCISE).id();
        grading.submit(exerciseId, labelled(Map.of("p1", "doxing")), UUID.randomUUID().toString());

        // a raised attempt limit is graded too: answers are shown after the last attempt
        replace("exercises/label-six.yaml", "maxAttempts: 2", "maxAttempts: 3");
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UPDATED);

        CourseOutline.Step exercise = step(outline("regrading-course"), CourseOutline.StepKind.EXERCISE);
        assertThat(exercise.id()).isNotEqualTo(exerciseId);
        assertThat(exercise.version()).isEqualTo(2);
        assertThat(grading.myAttempts(exerciseId)).as("kept on the version they were made on").hasSize(1);
        LearnerProgress.Step fresh = exerciseProgress("regrading-course");
        assertThat(fresh.id()).isEqualTo(exercise.id());
        assertThat(fresh.done()).isFalse();
        assertThat(fresh.attempts()).isZero();
    }

    @Test
    void revertingAPackToEarlierContentImportsItAgain() throws IOException {
        copyTestPackAs("reverting-course");
        importer.importPack(read());
        replace("keys/label-six.key.yaml", "{item: p6, label: benign", "{item: p6, label: harassment");
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UPDATED);
        replace("keys/label-six.key.yaml", "{item: p6, label: harassment", "{item: p6, label: benign");

        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UPDATED);
        SignedIn.as("someone", Role.INSTRUCTOR);
        assertThat(step(outline("reverting-course"), CourseOutline.StepKind.EXERCISE).version()).isEqualTo(3);
    }

    @Test
    void contentThatLeavesThePackIsRetiredNotDeleted() throws IOException {
        copyTestPackAs("shrinking-course");
        importer.importPack(read());
        SignedIn.as("nobody-in-particular", Role.INSTRUCTOR);
        long lessonId = step(outline("shrinking-course"), CourseOutline.StepKind.LESSON).id();

        replace("course.yaml", "      - lesson: intro\n", "");
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.UPDATED);

        List<CourseOutline.Step> steps = outline("shrinking-course").steps();
        assertThat(steps).extracting(CourseOutline.Step::kind).containsExactly(CourseOutline.StepKind.EXERCISE);
        assertThat(catalog.lesson(lessonId, Locale.ENGLISH)).isPresent();
    }

    /** The signed-in learner's progress on the course's exercise as it is now. */
    private LearnerProgress.Step exerciseProgress(String slug) {
        return progress.myProgress().courses().stream().filter(c -> c.courseId() == outline(slug).id()).findFirst()
                .orElseThrow().steps().stream().filter(LearnerProgress.Step::exercise).findFirst().orElseThrow();
    }

    private CourseOutline outline() {
        return outline("reimport-course");
    }

    private CourseOutline outline(String slug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static CourseOutline.Step step(CourseOutline outline, CourseOutline.StepKind kind) {
        return outline.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private org.tnracademy.core.packs.CoursePack read() {
        return new PackReader().read(new DirectoryPackSource(pack));
    }

    private void copyTestPackAs(String id) throws IOException {
        for (String f : FILES) {
            Path target = pack.resolve(f);
            Files.createDirectories(target.getParent());
            try (var in = getClass().getResourceAsStream("/packs/test-course/" + f)) {
                Files.write(target, in.readAllBytes());
            }
        }
        replace("course.yaml", "id: test-course", "id: " + id);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = pack.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }
}
