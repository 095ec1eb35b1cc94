package org.tnracademy.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.calibration.ReliabilityBin;

/**
 * The whole path of a confidence: submitted with the answer of an exercise that asks for one per
 * item and counts it (test pack {@code confidence}, {@code pick-the-doxing-confident}: weight 0.2), stored with the
 * attempt, scored into the grade, read back on the learner's curve, and flagged on the cohort's
 * dashboard for the analyst who claims more than they get right.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ConfidenceCalibrationPathTest {

    private static final String EXERCISE = "pick-the-doxing-confident";
    /** q1 right, q2 wrong (all or nothing): the grader's score is 0.5. */
    private static final Map<String, Object> HALF_RIGHT = Map.of("picks", Map.of("q1", List.of("a"), "q2", List.of("a", "c")));
    private static final Map<String, Object> ALL_RIGHT = Map.of("picks", Map.of("q1", List.of("a"), "q2", List.of("a", "b")));

    @Autowired
    GradingService grading;
    @Autowired
    CalibrationService calibration;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegradeService regrades;

    /** A cohort of its own on the test pack {@code packs/confidence}, with its manager; names carry a random tag. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String manager = "cm-" + tag;
    private final Map<String, Long> exercises = new HashMap<>();
    private long cohortId;

    @BeforeEach
    void cohort() {
        provisioning.ensure(manager, "Cohort Manager " + tag, "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        SignedIn.as(manager, Role.COHORT_MANAGER);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals("confidence"))
                .findFirst().orElseThrow();
        course.steps().forEach(s -> exercises.put(s.slug(), s.id()));
        cohortId = cohorts.create(new CohortDetails("Cohort " + tag, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 6, 26), Set.of(course.id()))).id();
    }

    private String learner(String displayName) {
        String username = displayName.toLowerCase().replace(' ', '-') + "-" + tag;
        provisioning.ensure(username, displayName, "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(manager, Role.COHORT_MANAGER);
        cohorts.enrol(cohortId, username);
        return username;
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aConfidenceIsStoredScoredIntoTheGradeAndAnOverClaimingAnalystIsFlagged() {
        String bold = learner("Bold Analyst");
        String careful = learner("Careful Analyst");
        long exercise = exercises.get(EXERCISE);

        GradedAttempt first = null;
        for (int i = 0; i < 5; i++) {
            GradedAttempt a = submit(bold, exercise, HALF_RIGHT, Map.of("items", Map.of("q1", 100, "q2", 90)));
            first = first == null ? a : first;
            submit(careful, exercise, ALL_RIGHT, Map.of("items", Map.of("q1", 100, "q2", 100)));
        }
        // claims (1.0, 1) and (0.9, 0): Brier (0 + 0.81) / 2 = 0.405, calibration 0.595
        assertThat(first.calibration().graderScore()).isCloseTo(0.5, within(1e-9));
        assertThat(first.calibration().calibration().score()).isCloseTo(0.595, within(1e-9));
        assertThat(first.calibration().counted()).isTrue();
        assertThat(first.score()).as("0.8 x 0.5 + 0.2 x 0.595").isCloseTo(0.519, within(1e-9));
        assertThat(jdbc.queryForObject("select confidence from attempt where id = ?", String.class, first.attemptId()))
                .isEqualTo("{\"items\":{\"q1\":100,\"q2\":90}}");

        SignedIn.as(bold, Role.LEARNER);
        List<ReliabilityBin> bins = calibration.myCalibration().orElseThrow().bins();
        assertThat(bins.get(4).count()).isEqualTo(10);
        assertThat(bins.get(4).accuracy()).isCloseTo(0.5, within(1e-9));

        SignedIn.as(manager, Role.COHORT_MANAGER);
        List<AnalystCalibration> analysts = calibration.cohortCalibration(cohortId);
        assertThat(analysts).extracting(AnalystCalibration::username).containsExactly(bold, careful);
        assertThat(analysts).extracting(AnalystCalibration::overClaiming).containsExactly(true, false);
        assertThat(analysts.getFirst().overClaim()).isCloseTo(0.45, within(1e-9));
        assertThat(analysts.getFirst().claims()).isEqualTo(10);
    }

    @Test
    void aRegradeRecomputesTheCalibrationOfAConfidencePerAnswerFromTheStoredConfidence() {
        String learner = learner("Steady Analyst");
        long exercise = exercises.get("pick-the-doxing-sure");
        GradedAttempt before = submit(learner, exercise, HALF_RIGHT, Map.of("answer", 60));
        // the claim (0.6, score 0.5): Brier 0.01, calibration 0.99; weight 0.5: 0.5 x 0.5 + 0.5 x 0.99
        assertThat(before.score()).isCloseTo(0.745, within(1e-9));

        String instructor = "regrader-" + tag;
        provisioning.ensure(instructor, "Regrading Instructor", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        Map<String, Object> keyWithAandC = Map.of("questions", List.of(
                Map.of("id", "q1", "options", List.of(option("a", true), option("b", false))),
                Map.of("id", "q2", "options", List.of(option("a", true), option("b", false), option("c", true)))));
        regrades.apply(exercise, keyWithAandC, regrades.dryRun(exercise, keyWithAandC).token());

        // now all right: the claim (0.6, 1): Brier 0.16, calibration 0.84; 0.5 x 1 + 0.5 x 0.84
        assertThat(jdbc.queryForObject("select score from attempt where id = ?", Double.class, before.attemptId()))
                .isCloseTo(0.92, within(1e-9));
        assertThat(jdbc.queryForObject("select calibration from attempt where id = ?", Double.class, before.attemptId()))
                .isCloseTo(0.84, within(1e-9));
    }

    private static Map<String, Object> option(String id, boolean correct) {
        return Map.of("id", id, "correct", correct, "explanation", Map.of("en", "Because."));
    }

    @Test
    void aCountedConfidenceLeftOutIsRefusedByItemAndNothingIsStored() {
        String learner = learner("Hasty Analyst");
        long exercise = exercises.get(EXERCISE);
        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> submit(learner, exercise, HALF_RIGHT, Map.of("items", Map.of("q1", 75))));
        assertThat(refused.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
        assertThat(refused.problems()).extracting(AnswerProblem::where)
                .containsExactlyInAnyOrder("confidence.items.q1", "confidence.items.q2");
        assertThat(jdbc.queryForObject("select count(*) from attempt a join account u on u.id = a.learner_id"
                + " where u.username = ?", Integer.class, learner)).isZero();
    }

    @Test
    void anExerciseAskingNoConfidenceRefusesOne() {
        String learner = learner("Eager Analyst");
        long exercise = catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG))
                .flatMap(o -> o.steps().stream()).filter(st -> st.slug().equals("pick-the-doxing")).findFirst()
                .orElseThrow().id();
        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> submit(learner, exercise, HALF_RIGHT, Map.of("answer", 70)));
        assertThat(refused.problems()).extracting(AnswerProblem::where).containsExactly("confidence");
    }

    private GradedAttempt submit(String learner, long exercise, Map<String, Object> answer,
                                 Map<String, Object> confidence) {
        SignedIn.as(learner, Role.LEARNER);
        try {
            return grading.submitWithConfidence(exercise, answer, confidence, UUID.randomUUID().toString());
        } finally {
            SignedIn.as(manager, Role.COHORT_MANAGER);
        }
    }
}
