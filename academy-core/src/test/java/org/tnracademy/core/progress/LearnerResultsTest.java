package org.tnracademy.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** The learner's own results: standing by form and course completion (certificates: CertificatesTest). */
@SpringBootTest(classes = CoreTestApplication.class)
class LearnerResultsTest {

    @Autowired
    ProgressService progress;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    CohortFixture f;

    @BeforeEach
    void cohort() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void standingByFormCountsOnlyTheCallersOwnStandings() {
        String mine = f.learner("Ines Synthetic");
        String other = f.learner("Other Synthetic");
        f.submit(mine, "label-three", CohortFixture.perfect("label-three"));
        f.submit(other, "label-three", CohortFixture.partial("label-three"));
        f.submit(other, "order-the-case", CohortFixture.perfect("order-the-case"));

        SignedIn.as(mine, Role.LEARNER);
        Map<String, FormStanding> forms = byForm();
        assertThat(forms.get("doxing").done()).isEqualTo(1);
        assertThat(forms.get("doxing").mean()).isEqualTo(1.0);
        assertThat(forms.get("harassment").mean()).isEqualTo(1.0);
        assertThat(forms.get("doxing").exercises()).isGreaterThanOrEqualTo(6);
        assertThat(forms.get("threats-to-family").done()).as("the other learner's exercise is not mine").isZero();
        assertThat(forms.get("threats-to-family").mean()).isNull();

        SignedIn.as(other, Role.LEARNER);
        Map<String, FormStanding> theirs = byForm();
        assertThat(theirs.get("doxing").mean()).isLessThan(1.0).isGreaterThan(0.0);
        assertThat(theirs.get("threats-to-family").mean()).isEqualTo(1.0);
    }

    @Test
    void aCourseIsNotCompleteWhileAnExerciseLacksAGrade() {
        String learner = f.learner("Half Done");
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));

        SignedIn.as(learner, Role.LEARNER);
        CourseCompletion c = progress.myCompletion(f.courseId).orElseThrow();
        assertThat(c.complete()).isFalse();
        assertThat(c.exercisesGraded()).isEqualTo(1);
        assertThat(c.stepsLeft()).isEqualTo(c.exercises() - 1);
        assertThat(c.passed()).isFalse();
        assertThat(progress.myCompletion(-5)).isEmpty();
    }

    @Test
    void lessonsCountOnlyOnceReadByTheCaller() {
        String learner = f.learner("Lesson Reader");
        SignedIn.as(learner, Role.LEARNER);
        CourseOutline withLessons = catalog.outlines().stream()
                .filter(o -> o.steps().stream().anyMatch(s -> s.kind() == CourseOutline.StepKind.LESSON))
                .findFirst().orElseThrow();
        CourseOutline.Step lesson = withLessons.steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst().orElseThrow();
        assertThat(progress.myCompletion(withLessons.id()).orElseThrow().lessonsRead()).isZero();

        progress.markLessonRead(lesson.id());

        CourseCompletion c = progress.myCompletion(withLessons.id()).orElseThrow();
        assertThat(c.lessonsRead()).isEqualTo(1);
        assertThat(c.complete()).isFalse();
        String stranger = f.learner("Not A Reader");
        SignedIn.as(stranger, Role.LEARNER);
        assertThat(progress.myCompletion(withLessons.id()).orElseThrow().lessonsRead()).isZero();
    }

    private Map<String, FormStanding> byForm() {
        return progress.myForms().stream()
                .collect(java.util.stream.Collectors.toMap(FormStanding::form, s -> s));
    }
}
