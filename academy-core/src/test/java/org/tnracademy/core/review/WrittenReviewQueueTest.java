package org.tnracademy.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.AttemptStatus;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.written.WrittenResult;

/** A written analysis from submission, pending, through the instructors' queue to the learner's grade. */
@SpringBootTest(classes = CoreTestApplication.class)
class WrittenReviewQueueTest {

    @Autowired
    GradingService grading;
    @Autowired
    ReviewService review;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountProvisioning provisioning;

    String learner;
    String instructor;
    long exerciseId;

    @BeforeEach
    void accounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        learner = "learner-" + suffix;
        instructor = "instructor-" + suffix;
        provisioning.ensure(learner, "Writer " + suffix, "secret-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure(instructor, "Grader " + suffix, "secret-password", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as(learner, Role.LEARNER);
        exerciseId = catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG)).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.slug().equals("assess-the-campaign")).findFirst()
                .map(CourseOutline.Step::id).orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aWrittenAnalysisWaitsInTheQueueUntilAnInstructorGradesIt() {
        String text = "The campaign began on 1 March 2024 (post t1); the address is not repeated here.";
        GradedAttempt submitted = grading.submit(exerciseId, Map.of("text", text), token());
        assertThat(submitted.pending()).isTrue();
        assertThat(grading.myLatestAttempt(exerciseId).orElseThrow().status()).isEqualTo(AttemptStatus.PENDING);
        LearnerProgress.Step waitingStep = progress.myProgress().courses().stream().flatMap(c -> c.steps().stream())
                .filter(s -> s.exercise() && s.id() == exerciseId).findFirst().orElseThrow();
        assertThat(waitingStep.score()).as("a pending attempt does not count").isNull();
        assertThat(waitingStep.status()).isEqualTo(LearnerProgress.StepStatus.AWAITING_GRADING);

        SignedIn.as(instructor, Role.INSTRUCTOR);
        long waiting = review.countPending();
        assertThat(waiting).isPositive();
        assertThat(review.pending(0, (int) waiting)).anySatisfy(row -> {
            assertThat(row.attemptId()).isEqualTo(submitted.attemptId());
            assertThat(row.exerciseTitle().in(Locale.ENGLISH)).isEqualTo("Assess the campaign");
            assertThat(row.learnerName()).startsWith("Writer ");
        });
        WrittenSubmission submission = review.submission(submitted.attemptId()).orElseThrow();
        assertThat(submission.text()).isEqualTo(text);
        assertThat(submission.rubric().criteria()).hasSize(2);
        assertThat(submission.guidance().modelAnswer().in(Locale.ENGLISH)).startsWith("The campaign began");

        assertThatThrownBy(() -> review.grade(submitted.attemptId(), Map.of("sourcing", 9, "style", 1), "x"))
                .isInstanceOfSatisfying(GradeRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GradeRefusedException.Reason.INVALID_GRADE);
                    assertThat(e.problems()).extracting(AnswerProblem::where)
                            .contains("points.sourcing", "points.safety", "points.style");
                });
        assertThat(review.submission(submitted.attemptId())).as("a refused grade stores nothing").isPresent();

        GradedAttempt graded = review.grade(submitted.attemptId(), Map.of("sourcing", 3, "safety", 2),
                "Say how confident you are in the attribution.");
        assertThat(graded.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.score()).isEqualTo(5.0 / 6.0);
        assertThat(review.countPending()).isEqualTo(waiting - 1);
        assertThatThrownBy(() -> review.grade(submitted.attemptId(), Map.of("sourcing", 4, "safety", 2), ""))
                .isInstanceOfSatisfying(GradeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(GradeRefusedException.Reason.NOT_PENDING));

        SignedIn.as(learner, Role.LEARNER);
        GradedAttempt seen = grading.myLatestAttempt(exerciseId).orElseThrow();
        assertThat(seen.status()).isEqualTo(AttemptStatus.GRADED);
        assertThat(seen.result(WrittenResult.class).comment()).isEqualTo("Say how confident you are in the attribution.");
        assertThat(seen.result(WrittenResult.class).points()).isEqualTo(5);
        LearnerProgress.Step step = progress.myProgress().courses().stream().flatMap(c -> c.steps().stream())
                .filter(s -> s.id() == exerciseId).findFirst().orElseThrow();
        assertThat(step.score()).isEqualTo(5.0 / 6.0);
        assertThat(step.status()).isEqualTo(LearnerProgress.StepStatus.SCORED);

        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(instructor)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.WRITTEN_ANALYSIS_GRADED);
            assertThat(entry.detail()).contains("attempt " + submitted.attemptId()).contains("5/6");
        });
    }

    @Test
    void onlyInstructorsReadAndGradeTheQueue() {
        GradedAttempt submitted = grading.submit(exerciseId, Map.of("text", "A short analysis."), token());
        for (Role role : new Role[] {Role.LEARNER, Role.COHORT_MANAGER, Role.ADMIN}) {
            SignedIn.as(learner, role);
            assertThatThrownBy(() -> review.pending(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.countPending()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.submission(submitted.attemptId()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.grade(submitted.attemptId(), Map.of("sourcing", 4, "safety", 2), ""))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
