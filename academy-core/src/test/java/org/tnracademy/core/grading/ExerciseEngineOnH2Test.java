package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.KeyVersionRefusedException;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.progress.LearnerProgress;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.setselection.SetSelectionResult;

/**
 * The exercise engine end to end on H2: every type through {@link GradingService}, attempt
 * policies (time limit, hints, scoring), and answer-key versions.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ExerciseEngineOnH2Test {

    @Autowired
    GradingService grading;
    @Autowired
    HintService hints;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;

    String learner;

    @BeforeEach
    void newLearner() {
        learner = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Engine Learner", "secret-password", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static Stream<String> types() {
        return ExerciseTypes.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theKeysOwnAnswerScoresOneOrWaitsForAnInstructor(String type) {
        long id = exercise(AllTypesPack.EXERCISE_OF_TYPE.get(type));
        AttemptWindow window = grading.start(id);

        GradedAttempt graded = grading.submit(id, AllTypesPack.keyAnswer(type), token());

        assertThat(graded.keyVersion()).isEqualTo(
                jdbc.queryForObject("select key_version from exercise where id = ?", Integer.class, id));
        assertThat(graded.attemptNumber()).isEqualTo(1);
        assertThat(graded.startedAt()).isEqualTo(window.startedAt());
        if (ExerciseTypes.get(type).gradedByInstructor()) {
            assertThat(graded.status()).isEqualTo(AttemptStatus.PENDING);
            assertThat(graded.score()).isNull();
            assertThat(graded.result()).isNull();
        } else {
            assertThat(graded.status()).isEqualTo(AttemptStatus.GRADED);
            assertThat(graded.score()).isEqualTo(1.0);
            assertThat(graded.result()).isInstanceOf(ExerciseTypes.autoGraded(type).resultType());
            // read back from its JSON column as the learner's later visit shows it
            GradedAttempt again = grading.myLatestAttempt(id).orElseThrow();
            assertThat(again.result()).usingRecursiveComparison().isEqualTo(graded.result());
        }
        assertThat(grading.myAttempts(id)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("types")
    void anInvalidOrEmptyAnswerIsRefusedAndNothingIsStored(String type) {
        long id = exercise(AllTypesPack.EXERCISE_OF_TYPE.get(type));

        grading.start(id);
        assertThatThrownBy(() -> grading.submit(id, AllTypesPack.invalidAnswer(type), token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
                    assertThat(e.problems()).isNotEmpty();
                });
        assertThatThrownBy(() -> grading.submit(id, Map.of(), token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.EMPTY_ANSWER));
        assertThat(grading.myAttempts(id)).isEmpty();
    }

    @Test
    void theOutlineCountsWhatALearnerWorksThroughTheAccountsToChooseFromOrTheDatasetsItems() {
        java.util.Map<String, Integer> items = new java.util.HashMap<>();
        catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .forEach(st -> items.put(st.slug(), st.itemCount()));
        assertThat(items.get("find-the-network")).as("six accounts in the spec").isEqualTo(6);
        assertThat(items.get("label-three")).as("three posts in the dataset").isEqualTo(3);
    }

    @Test
    void theSheetShowsTheSpecAndPolicyButNeverTheKey() {
        ExerciseSheet sheet = catalog.exercise(exercise("pick-the-doxing"), Locale.ENGLISH).orElseThrow();
        assertThat(sheet.spec(ChoiceSpec.class).questions()).hasSize(2);
        assertThat(sheet.level()).isEqualTo("beginner");
        assertThat(sheet.forms()).containsExactly("doxing");
        assertThat(sheet.labels()).isEmpty();

        ExerciseSheet hinted = catalog.exercise(exercise("tag-the-smear"), Locale.ENGLISH).orElseThrow();
        assertThat(hinted.policy().hintCosts()).containsExactly(0.1, 0.2);
        assertThat(hinted.policy().scoring()).isEqualTo(ScoringPolicy.BEST);
        ExerciseSheet timed = catalog.exercise(exercise("order-the-case"), Locale.ENGLISH).orElseThrow();
        assertThat(timed.policy().timeLimitMinutes()).isEqualTo(10);
        assertThat(catalog.exercise(exercise("label-three"), Locale.FRENCH).orElseThrow().labels())
                .extracting(l -> l.title().in(Locale.FRENCH)).containsExactly("Doxing", "Harcèlement", "Anodin");
    }

    @Test
    void aTimedAttemptMustBeStartedAndIsRefusedAfterItsDeadline() {
        long id = exercise("order-the-case");
        Map<String, Object> answer = AllTypesPack.keyAnswer("timeline");
        assertThatThrownBy(() -> grading.submit(id, answer, token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.NOT_STARTED));

        AttemptWindow first = grading.start(id);
        assertThat(first.attemptNumber()).isEqualTo(1);
        assertThat(first.deadline()).isEqualTo(first.startedAt().plusSeconds(600));
        assertThat(grading.start(id)).as("the open window is returned, not restarted").isEqualTo(first);
        GradedAttempt inTime = grading.submit(id, answer, token());
        assertThat(inTime.startedAt()).isEqualTo(first.startedAt());

        AttemptWindow second = grading.start(id);
        assertThat(second.attemptNumber()).isEqualTo(2);
        openedMinutesAgo(id, 2, 11);
        assertThatThrownBy(() -> grading.submit(id, answer, token()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.TIME_UP));
        assertThat(grading.myAttempts(id)).hasSize(1);
        assertThatThrownBy(() -> grading.start(id))
                .as("the lapsed attempt is used up: two of two")
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefusedException.Reason.NO_ATTEMPTS_LEFT));
    }

    @Test
    void aSubmissionWithinTheGraceAfterTheDeadlineIsAccepted() {
        long id = exercise("order-the-case");
        grading.start(id);
        jdbc.update("update attempt_window set started_at = ? where exercise_id = ? and learner_id = "
                        + "(select id from account where username = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600 + 10)), id, learner);
        assertThat(grading.submit(id, AllTypesPack.keyAnswer("timeline"), token()).score()).isEqualTo(1.0);
    }

    @Test
    void hintsShowTheirCostUntilTakenAndThenCostLaterAttempts() {
        long id = exercise("tag-the-smear");
        assertThat(hints.hints(id)).extracting(HintOffer::cost, HintOffer::taken, HintOffer::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.1, false, null),
                        org.assertj.core.groups.Tuple.tuple(0.2, false, null));
        GradedAttempt before = grading.submit(id, AllTypesPack.keyAnswer("technique-tagging"), token());
        assertThat(before.score()).isEqualTo(1.0);

        assertThat(hints.takeHint(id, 1).in(Locale.ENGLISH)).isEqualTo("One image was made, not taken.");
        hints.takeHint(id, 1);
        assertThat(hints.hints(id).get(1).taken()).isTrue();
        assertThat(hints.hints(id).get(1).text()).isNotNull();
        assertThat(hints.hints(id).get(0).text()).isNull();

        GradedAttempt after = grading.submit(id, AllTypesPack.keyAnswer("technique-tagging"), token());
        assertThat(after.rawScore()).isEqualTo(1.0);
        assertThat(after.hintPenalty()).isEqualTo(0.2);
        assertThat(after.score()).isEqualTo(0.8);
        assertThatThrownBy(() -> hints.takeHint(id, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standingFollowsTheExercisesScoringPolicy() {
        Map<String, Object> full = AllTypesPack.keyAnswer("set-selection");
        Map<String, Object> partial = AllTypesPack.partialAnswer("set-selection");
        long best = exercise("find-the-network");
        long last = exercise("find-the-network-last");
        long average = exercise("find-the-network-average");
        double partialScore = 0;
        for (long id : List.of(best, last, average)) {
            grading.submit(id, full, token());
            partialScore = grading.submit(id, partial, token()).score();
        }
        assertThat(partialScore).isGreaterThan(0).isLessThan(1);

        assertThat(standing(best)).isEqualTo(1.0);
        assertThat(standing(last)).isEqualTo(partialScore);
        assertThat(standing(average)).isCloseTo((1.0 + partialScore) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aNewKeyVersionGradesLaterAttemptsAndEarlierOnesKeepTheirs() {
        long id = exercise("find-the-network");
        GradedAttempt onFirstKey = grading.submit(id, Map.of("chosen", List.of("acct-02", "acct-03", "acct-05")),
                token());
        assertThat(onFirstKey.keyVersion()).isEqualTo(1);

        SignedIn.as("instructor-keys", Role.INSTRUCTOR);
        int version = keys.storeKeyVersion(id, Map.of("selected", List.of("acct-02", "acct-03")));
        assertThatThrownBy(() -> keys.storeKeyVersion(id, Map.of("selected", List.of("acct-77"))))
                .isInstanceOfSatisfying(KeyVersionRefusedException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.toString().contains("acct-77")));
        SignedIn.as(learner, Role.LEARNER);

        GradedAttempt onNewKey = grading.submit(id, Map.of("chosen", List.of("acct-02", "acct-03")), token());
        assertThat(onNewKey.keyVersion()).isEqualTo(version).isGreaterThan(1);
        assertThat(onNewKey.score()).isEqualTo(1.0);
        assertThat(onNewKey.result(SetSelectionResult.class).score()).isEqualTo(1.0);
        assertThat(grading.myAttempts(id)).hasSize(2);
        assertThat(jdbc.queryForObject("select key_version from attempt where id = ?", Integer.class,
                onFirstKey.attemptId())).isEqualTo(1);
        // put the key back for the other tests of this context
        SignedIn.as("instructor-keys", Role.INSTRUCTOR);
        keys.storeKeyVersion(id, Map.of("selected", List.of("acct-02", "acct-03", "acct-05")));
    }

    @Test
    void onlyLearnersStartAttemptsAndTakeHintsAndOnlyInstructorsStoreKeys() {
        long id = exercise("tag-the-smear");
        SignedIn.as(learner, Role.INSTRUCTOR);
        assertThatThrownBy(() -> grading.start(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> hints.hints(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> hints.takeHint(id, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> grading.submit(id, Map.of("techniques", List.of("T0086")), token()))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.as(learner, Role.LEARNER);
        assertThatThrownBy(() -> keys.storeKeyVersion(id, Map.of("techniques", List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private double standing(long exerciseId) {
        return progress.myProgress().courses().stream().flatMap(c -> c.steps().stream())
                .filter(s -> s.exercise() && s.id() == exerciseId).map(LearnerProgress.Step::score).findFirst()
                .orElseThrow();
    }

    private void openedMinutesAgo(long exerciseId, int attemptNumber, int minutes) {
        jdbc.update("update attempt_window set started_at = ? where exercise_id = ? and attempt_number = ? and "
                        + "learner_id = (select id from account where username = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60L * minutes)), exerciseId,
                attemptNumber, learner);
    }

    long exercise(String slug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG)).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(slug))
                .findFirst().orElseThrow().id();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
