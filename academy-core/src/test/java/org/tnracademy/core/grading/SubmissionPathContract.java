package org.tnracademy.core.grading;

import static org.tnracademy.core.support.Answers.labelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.labelling.LabellingResult;

/**
 * The submission path from service call to stored grade and progress, run against each database
 * the academy supports (see the subclasses).
 */
abstract class SubmissionPathContract {

    private static final Map<String, String> PERFECT = Map.of("p1", "doxing", "p2", "harassment", "p3", "benign",
            "p4", "doxing", "p5", "harassment", "p6", "benign");

    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    AccountProvisioning provisioning;

    String learner;
    long exerciseId;
    long lessonId;

    @BeforeEach
    void newLearner() {
        learner = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Test Learner", "secret-password", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals("test-course")).findFirst()
                .orElseThrow();
        exerciseId = course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst()
                .orElseThrow().id();
        lessonId = course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void perfectAnswerScoresOneAndShowsInProgress() {
        GradedAttempt graded = grading.submit(exerciseId, labelled(PERFECT), token());
        progress.markLessonRead(lessonId);

        assertThat(graded.score()).isEqualTo(1.0);
        assertThat(graded.attemptNumber()).isEqualTo(1);
        assertThat(graded.result(LabellingResult.class).items()).hasSize(6).allMatch(i -> i.correct());
        LearnerProgress.Course course = progress.myProgress().courses().stream()
                .filter(c -> c.title().in(java.util.Locale.ENGLISH).equals("Test course")).findFirst().orElseThrow();
        assertThat(course.steps()).allMatch(LearnerProgress.Step::done);
        assertThat(course.steps().get(1).score()).isEqualTo(1.0);
        assertThat(grading.myLatestAttempt(exerciseId)).get().extracting(GradedAttempt::score).isEqualTo(1.0);
    }

    @Test
    void partialAnswerGetsPartialCredit() {
        GradedAttempt graded = grading.submit(exerciseId, labelled(
                Map.of("p1", "doxing", "p2", "harassment", "p3", "benign", "p4", "benign")), token());
        assertThat(graded.score()).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(graded.result(LabellingResult.class).correctCount()).isEqualTo(3);
    }

    @Test
    void emptyAnswerIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> grading.submit(exerciseId, labelled(Map.of()), token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.EMPTY_ANSWER));
        assertThat(grading.myAttempts(exerciseId)).isEmpty();
    }

    @Test
    void unknownItemsAndLabelsAreRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> grading.submit(exerciseId, labelled(
                Map.of("p1", "doxing", "nope", "benign", "p2", "made-up")), token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).contains("nope").contains("made-up");
                });
        assertThat(grading.myAttempts(exerciseId)).isEmpty();
    }

    @Test
    void aDoubleClickRecordsOneAttempt() {
        String token = token();
        GradedAttempt first = grading.submit(exerciseId, labelled(PERFECT), token);
        GradedAttempt second = grading.submit(exerciseId, labelled(PERFECT), token);

        assertThat(second.attemptId()).isEqualTo(first.attemptId());
        assertThat(second.repeated()).isTrue();
        assertThat(grading.myAttempts(exerciseId)).hasSize(1);
    }

    @Test
    void theAttemptLimitHoldsAndEarlierAttemptsStay() {
        grading.submit(exerciseId, labelled(Map.of("p1", "benign")), token());
        grading.submit(exerciseId, labelled(PERFECT), token());

        assertThatThrownBy(() -> grading.submit(exerciseId, labelled(PERFECT), token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.NO_ATTEMPTS_LEFT));
        assertThat(grading.myAttempts(exerciseId)).extracting(AttemptSummary::attemptNumber).containsExactly(2, 1);
    }

    @Test
    void tabsSubmittingAtOnceNeverExceedTheLimitNorLoseAnAttempt() throws Exception {
        int tabs = 4;
        AtomicInteger refusedForLimit = new AtomicInteger();
        int accepted = submitFromTabs(tabs, exerciseId, labelled(PERFECT), refusedForLimit);

        assertThat(accepted).isEqualTo(2);
        assertThat(refusedForLimit.get()).isEqualTo(tabs - 2);
        assertThat(grading.myAttempts(exerciseId)).extracting(AttemptSummary::attemptNumber).containsExactly(2, 1);
    }

    @Test
    void tabsSubmittingAtOnceHoldTheLimitOnASetSelectionToo() throws Exception {
        long network = catalog.outlines().stream().filter(o -> o.slug().equals("all-types")).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.slug().equals("find-the-network")).findFirst()
                .orElseThrow().id();
        int tabs = 5;
        AtomicInteger refusedForLimit = new AtomicInteger();
        int accepted = submitFromTabs(tabs, network, Map.of("chosen", List.of("acct-02", "acct-03")),
                refusedForLimit);

        assertThat(accepted).isEqualTo(3);
        assertThat(refusedForLimit.get()).isEqualTo(tabs - 3);
        assertThat(grading.myAttempts(network)).extracting(AttemptSummary::attemptNumber).containsExactly(3, 2, 1);
    }

    private int submitFromTabs(int tabs, long exercise, Map<String, Object> answer, AtomicInteger refusedForLimit)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            Callable<Boolean> tab = () -> {
                SignedIn.as(learner, Role.LEARNER);
                start.await();
                try {
                    grading.submit(exercise, answer, token());
                    return true;
                } catch (SubmissionRefusedException e) {
                    if (e.reason() == SubmissionRefusedException.Reason.NO_ATTEMPTS_LEFT) {
                        refusedForLimit.incrementAndGet();
                    }
                    return false;
                } finally {
                    SignedIn.nobody();
                }
            };
            results.add(pool.submit(tab));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> r : results) {
            accepted += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        return accepted;
    }

    @Test
    void onlyLearnersMaySubmit() {
        SignedIn.as(learner, Role.INSTRUCTOR);
        assertThatThrownBy(() -> grading.submit(exerciseId, labelled(PERFECT), token()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        SignedIn.nobody();
        assertThatThrownBy(() -> grading.submit(exerciseId, labelled(PERFECT), token()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
