package org.tnracademy.core.regrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradeHistoryEntry;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.HintService;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.setselection.SetSelectionResult;

/**
 * Regrades after a key change, against each database the academy supports (see the subclasses).
 * Every test works on its own exercise of the all-types pack, so the counts are this test's alone.
 * Scores are computed by hand in the comments (set selection: F1; labelling: macro-F1 over the
 * labels of the key, the rule its spec names; tagging: (matched + w * same tactic) / |key u answer|).
 */
abstract class RegradeContract {

    private static final Offset<Double> EXACT = within(1e-9);

    @Autowired
    RegradeService regrade;
    @Autowired
    GradingService grading;
    @Autowired
    HintService hints;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    javax.sql.DataSource dataSource;

    String suffix;
    String ana;
    String ben;
    String instructor;

    @BeforeEach
    void accounts() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        ana = "ana-" + suffix;
        ben = "ben-" + suffix;
        instructor = "instructor-" + suffix;
        provisioning.ensure(ana, "Ana " + suffix, "secret-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure(ben, "Ben " + suffix, "secret-password", EnumSet.of(Role.LEARNER));
        provisioning.ensure(instructor, "Grader " + suffix, "secret-password", EnumSet.of(Role.INSTRUCTOR));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aDryRunOfASetSelectionKeyShowsOldAndNewScoresAndStoresNothing() {
        long exercise = exercise("find-the-network-last");
        // key {02, 03, 05}. Ana 1: {02, 04} tp 1 fp 1 fn 2 -> F1 0.4; Ana 2: the key -> 1; Ben: {02, 03, 04} -> 4/6
        GradedAttempt ana1 = submit(ana, exercise, Map.of("chosen", List.of("acct-02", "acct-04")));
        GradedAttempt ana2 = submit(ana, exercise, Map.of("chosen", List.of("acct-02", "acct-03", "acct-05")));
        GradedAttempt ben1 = submit(ben, exercise, Map.of("chosen", List.of("acct-02", "acct-03", "acct-04")));

        SignedIn.as(instructor, Role.INSTRUCTOR);
        // new key {02, 03, 04}: Ana 1 tp 2 fn 1 -> 0.8 (up); Ana 2 tp 2 fp 1 fn 1 -> 4/6 (down); Ben -> 1 (up)
        RegradePreview preview = regrade.dryRun(exercise, Map.of("selected", List.of("acct-02", "acct-03", "acct-04")));

        assertThat(preview.currentKeyVersion()).isEqualTo(1);
        assertThat(preview.scoring()).isEqualTo(ScoringPolicy.LAST);
        assertThat(preview.lines()).hasSize(3);
        assertLine(preview, ana1.attemptId(), 0.4, 0.8);
        assertLine(preview, ana2.attemptId(), 1.0, 4.0 / 6.0);
        assertLine(preview, ben1.attemptId(), 4.0 / 6.0, 1.0);
        assertThat(preview.lines()).extracting(RegradeLine::learnerName)
                .containsExactly("Ana " + suffix, "Ana " + suffix, "Ben " + suffix);
        assertThat(preview.changed()).isEqualTo(3);
        assertThat(preview.up()).isEqualTo(2);
        assertThat(preview.down()).isEqualTo(1);
        // last attempt counts: Ana 1 -> 4/6, Ben 4/6 -> 1
        assertThat(preview.standings()).hasSize(2);
        assertThat(preview.standings().get(0).before()).isCloseTo(1.0, EXACT);
        assertThat(preview.standings().get(0).after()).isCloseTo(4.0 / 6.0, EXACT);
        assertThat(preview.standings().get(1).before()).isCloseTo(4.0 / 6.0, EXACT);
        assertThat(preview.standings().get(1).after()).isCloseTo(1.0, EXACT);

        AnswerKeyOverview overview = regrade.keyOverview(exercise);
        assertThat(overview.currentKeyVersion()).as("a dry run stores no key version").isEqualTo(1);
        assertThat(overview.versions()).hasSize(1);
        assertThat(regrade.history(ana1.attemptId())).as("a dry run keeps no history").isEmpty();
        SignedIn.as(ana, Role.LEARNER);
        GradedAttempt seen = grading.myLatestAttempt(exercise).orElseThrow();
        assertThat(seen.score()).as("a dry run changes no grade").isCloseTo(1.0, EXACT);
        assertThat(seen.keyVersion()).isEqualTo(1);
        assertThat(seen.regradedAt()).isNull();
    }

    @Test
    void applyingARegradeReplacesGradesKeepsHistoryMovesStandingsAndWritesOneAuditEntry() {
        long exercise = exercise("find-the-network");
        GradedAttempt ana1 = submit(ana, exercise, Map.of("chosen", List.of("acct-02", "acct-04")));
        GradedAttempt ana2 = submit(ana, exercise, Map.of("chosen", List.of("acct-02", "acct-03", "acct-05")));
        GradedAttempt ben1 = submit(ben, exercise, Map.of("chosen", List.of("acct-02", "acct-03", "acct-04")));
        assertThat(standingOf(ana, exercise)).as("best of 0.4 and 1").isCloseTo(1.0, EXACT);

        SignedIn.as(instructor, Role.INSTRUCTOR);
        Map<String, Object> newKey = new LinkedHashMap<>();
        newKey.put("selected", List.of("acct-02", "acct-03", "acct-04"));
        newKey.put("explanations", Map.of("acct-04", Map.of("en", "Its own posts were paid for by the network.")));
        RegradePreview preview = regrade.dryRun(exercise, newKey);
        RegradeOutcome outcome = regrade.apply(exercise, newKey, preview.token());

        assertThat(outcome.oldKeyVersion()).isEqualTo(1);
        assertThat(outcome.newKeyVersion()).isEqualTo(2);
        assertThat(outcome.regraded()).isEqualTo(3);
        assertThat(outcome.changed()).isEqualTo(3);
        assertThat(outcome.up()).isEqualTo(2);
        assertThat(outcome.down()).isEqualTo(1);
        assertThat(outcome.learnersWhoseStandingChanged()).isEqualTo(2);
        AnswerKeyOverview overview = regrade.keyOverview(exercise);
        assertThat(overview.currentKeyVersion()).isEqualTo(2);
        assertThat(overview.versions()).extracting(v -> v.keyVersion()).containsExactly(2, 1);
        assertThat(overview.currentKeyYaml()).contains("acct-04").doesNotContain("acct-05");

        List<GradeHistoryEntry> kept = regrade.history(ana2.attemptId());
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).oldKeyVersion()).isEqualTo(1);
        assertThat(kept.get(0).oldScore()).isCloseTo(1.0, EXACT);
        assertThat(kept.get(0).oldRawScore()).isCloseTo(1.0, EXACT);
        assertThat(((SetSelectionResult) kept.get(0).oldResult()).score()).isCloseTo(1.0, EXACT);
        assertThat(kept.get(0).newKeyVersion()).isEqualTo(2);
        assertThat(kept.get(0).newScore()).isCloseTo(4.0 / 6.0, EXACT);
        assertThat(kept.get(0).replacedBy()).isEqualTo(instructor);
        assertThat(regrade.history(ana1.attemptId())).singleElement()
                .satisfies(h -> assertThat(h.oldScore()).isCloseTo(0.4, EXACT));

        SignedIn.as(ana, Role.LEARNER);
        GradedAttempt seen = grading.myLatestAttempt(exercise).orElseThrow();
        assertThat(seen.attemptId()).isEqualTo(ana2.attemptId());
        assertThat(seen.score()).isCloseTo(4.0 / 6.0, EXACT);
        assertThat(seen.keyVersion()).isEqualTo(2);
        assertThat(seen.regradedAt()).isEqualTo(outcome.regradedAt());
        assertThat(seen.result(SetSelectionResult.class).score()).isCloseTo(4.0 / 6.0, EXACT);
        assertThat(regrade.history(ana2.attemptId())).as("a learner reads the history of their own attempt")
                .hasSize(1);
        assertThatThrownBy(() -> regrade.history(ben1.attemptId())).as("but not another learner's")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(standingOf(ana, exercise)).as("best of 0.8 and 4/6").isCloseTo(0.8, EXACT);
        assertThat(standingOf(ben, exercise)).isCloseTo(1.0, EXACT);

        SignedIn.as("auditor-" + suffix, Role.ADMIN);
        List<AuditRecord> entries = audit.of(instructor);
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.REGRADE).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("key version 1 -> 2")
                        .contains("3 attempts regraded").contains("3 changed (2 up, 1 down)"));
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.ANSWER_KEY_VERSION_STORED).hasSize(1);
    }

    @Test
    void aLabellingRegradeGivesHandComputedMacroF1Scores() {
        long exercise = exercise("label-three");
        // key t1 doxing, t2 harassment, t3 benign.
        // Ana: t2 as benign -> F1 doxing 1, harassment 0, benign 2/3 -> 5/9. Ben: the key -> 1.
        GradedAttempt anaAttempt = submit(ana, exercise, Map.of("labels",
                Map.of("t1", "doxing", "t2", "benign", "t3", "benign")));
        GradedAttempt benAttempt = submit(ben, exercise, Map.of("labels",
                Map.of("t1", "doxing", "t2", "harassment", "t3", "benign")));
        assertThat(anaAttempt.score()).isCloseTo(5.0 / 9.0, EXACT);

        SignedIn.as(instructor, Role.INSTRUCTOR);
        // new key: t2 is benign, and the key no longer uses harassment. Ana -> doxing 1, benign 1 -> 1.
        // Ben -> doxing 1, benign tp 1 fn 1 -> 2/3; his harassment is not a label of the key, so it
        // costs t2 only, not a third of the score: (1 + 2/3) / 2 = 5/6.
        Map<String, Object> newKey = labellingKey("doxing", "benign", "benign");
        RegradePreview preview = regrade.dryRun(exercise, newKey);
        assertLine(preview, anaAttempt.attemptId(), 5.0 / 9.0, 1.0);
        assertLine(preview, benAttempt.attemptId(), 1.0, 5.0 / 6.0);
        assertThat(preview.changed()).isEqualTo(2);
        assertThat(preview.up()).isEqualTo(1);
        assertThat(preview.down()).isEqualTo(1);

        regrade.apply(exercise, newKey, preview.token());
        SignedIn.as(ben, Role.LEARNER);
        assertThat(grading.myLatestAttempt(exercise).orElseThrow().score()).isCloseTo(5.0 / 6.0, EXACT);
        assertThat(standingOf(ben, exercise)).isCloseTo(5.0 / 6.0, EXACT);
    }

    @Test
    void aRegradeKeepsTheHintPenaltyAsItWasWhenTheLearnerSubmitted() {
        long exercise = exercise("tag-the-smear");
        SignedIn.as(ana, Role.LEARNER);
        hints.takeHint(exercise, 0); // costs 0.1
        // key {T0086, T0049, T0007}, answer {T0086, T0049}: 2 matched of 3 -> 2/3, less 10% -> 0.6
        GradedAttempt tagged = submit(ana, exercise, Map.of("techniques", List.of("T0086", "T0049")));
        assertThat(tagged.score()).isCloseTo(0.6, EXACT);

        SignedIn.as(instructor, Role.INSTRUCTOR);
        // new key {T0086, T0049}: the answer is the key -> 1, less 10% -> 0.9
        RegradePreview preview = regrade.dryRun(exercise, Map.of("techniques",
                List.of(Map.of("id", "T0086", "explanation", Map.of("en", "The image is fabricated.")),
                        Map.of("id", "T0049", "explanation", Map.of("en", "Replies bury the target's posts.")))));
        assertLine(preview, tagged.attemptId(), 0.6, 0.9);
    }

    @Test
    void anAnswerStoredWhileARegradeCommitsIsGradedByTheNewKeyNotLostOnTheOldOne() throws Exception {
        long exercise = exercise("mark-the-address");
        Map<String, Object> answer = AllTypesPack.keyAnswer("spans");
        // the new key keeps the address and drops the phone number: the key's own answer now has a span too many
        Map<String, Object> newKey = Map.of("spans", List.of(Map.of("post", "post-001", "start", 32, "end", 56,
                "category", "address", "explanation", Map.of("en", "A home address tells anyone where to find her."))));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        String token = regrade.dryRun(exercise, newKey).token();

        java.util.concurrent.ExecutorService submitter = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<GradedAttempt> submitted;
        try {
            submitted = tx.execute(status -> {
                RegradeOutcome outcome = regrade.apply(exercise, newKey, token);
                assertThat(outcome.regraded()).as("nothing was stored before the regrade").isZero();
                // while the regrade is not committed, Ana's answer is graded by the key then in force...
                java.util.concurrent.Future<GradedAttempt> future = submitter.submit(() -> {
                    SignedIn.as(ana, Role.LEARNER);
                    try {
                        return grading.submit(exercise, answer, UUID.randomUUID().toString());
                    } finally {
                        SignedIn.nobody();
                    }
                });
                // ...and waits to be stored until the regrade commits
                awaitASessionBlockedOnALock();
                return future;
            });
            GradedAttempt stored = submitted.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(stored.keyVersion()).as("stored with the key that was current when it was stored").isEqualTo(2);
            GradedAttempt afterwards = submit(ben, exercise, answer);
            assertThat(afterwards.keyVersion()).isEqualTo(2);
            assertThat(afterwards.score()).isLessThan(1.0);
            assertThat(stored.score()).as("graded as any later answer is").isCloseTo(afterwards.score(), EXACT);
        } finally {
            submitter.shutdownNow();
        }
    }

    /** Polls the database (bounded) until another session waits for a row lock. */
    private void awaitASessionBlockedOnALock() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        try (java.sql.Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            String sql = postgres
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            while (System.nanoTime() < deadline) {
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the submission never waited for the regrade's lock");
    }

    @Test
    void anInvalidKeyIsRefusedWithThePathOfEveryProblemAndNothingIsStored() {
        long network = exercise("find-the-network-average");
        long labelling = exercise("label-three");
        SignedIn.as(instructor, Role.INSTRUCTOR);
        int before = regrade.keyOverview(network).currentKeyVersion();

        assertThatThrownBy(() -> regrade.dryRun(network, Map.of("selected", List.of("acct-02", "acct-99"))))
                .isInstanceOfSatisfying(RegradeRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.INVALID_KEY);
                    assertThat(e.problems()).extracting(SpecProblem::field).anySatisfy(
                            field -> assertThat(field).startsWith("selected"));
                    assertThat(e.problems()).extracting(SpecProblem::reason).anySatisfy(
                            reason -> assertThat(reason).contains("acct-99"));
                });
        assertThatThrownBy(() -> regrade.apply(network, Map.of("chosen", List.of("acct-02")), "any"))
                .isInstanceOfSatisfying(RegradeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.INVALID_KEY));

        Map<String, Object> unknownItem = labellingKey("doxing", "harassment", "benign");
        @SuppressWarnings("unchecked")
        List<Object> items = new java.util.ArrayList<>((List<Object>) unknownItem.get("items"));
        items.add(Map.of("item", "t9", "label", "benign"));
        unknownItem.put("items", items);
        assertThatThrownBy(() -> regrade.dryRun(labelling, unknownItem))
                .isInstanceOfSatisfying(RegradeRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.INVALID_KEY);
                    assertThat(e.problems()).containsExactly(new SpecProblem("items[3].item",
                            "'t9' is not an item of the exercise's dataset"));
                });
        assertThatThrownBy(() -> regrade.dryRun(labelling, Map.of("items",
                List.of(Map.of("item", "t1", "label", "made-up")))))
                .isInstanceOfSatisfying(RegradeRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.INVALID_KEY);
                    assertThat(e.problems()).extracting(SpecProblem::field).containsExactly("key.t1");
                    assertThat(e.problems().get(0).reason()).contains("made-up");
                });
        assertThat(regrade.keyOverview(network).currentKeyVersion()).isEqualTo(before);
    }

    @Test
    void aPreviewIsRefusedOnceAnotherAttemptArrivedOrTheKeyDiffers() {
        long exercise = exercise("find-the-network-average");
        submit(ana, exercise, Map.of("chosen", List.of("acct-02", "acct-04")));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        Map<String, Object> newKey = Map.of("selected", List.of("acct-02", "acct-04"));
        RegradePreview preview = regrade.dryRun(exercise, newKey);
        int keyBefore = regrade.keyOverview(exercise).currentKeyVersion();

        submit(ben, exercise, Map.of("chosen", List.of("acct-03")));
        SignedIn.as(instructor, Role.INSTRUCTOR);
        assertThatThrownBy(() -> regrade.apply(exercise, newKey, preview.token()))
                .isInstanceOfSatisfying(RegradeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.STALE_PREVIEW));
        assertThat(regrade.keyOverview(exercise).currentKeyVersion()).as("nothing stored").isEqualTo(keyBefore);

        RegradePreview fresh = regrade.dryRun(exercise, newKey);
        assertThat(fresh.lines().size()).isEqualTo(preview.lines().size() + 1);
        assertThatThrownBy(() -> regrade.apply(exercise, Map.of("selected", List.of("acct-02")), fresh.token()))
                .as("the token is for the key that was previewed")
                .isInstanceOfSatisfying(RegradeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.STALE_PREVIEW));
        RegradeOutcome outcome = regrade.apply(exercise, newKey, fresh.token());
        assertThat(outcome.newKeyVersion()).isEqualTo(keyBefore + 1);
        assertThatThrownBy(() -> regrade.apply(exercise, newKey, fresh.token()))
                .as("applied once: the key in force changed")
                .isInstanceOfSatisfying(RegradeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.STALE_PREVIEW));
    }

    @Test
    void writtenAnalysesAreNotRegradedByKey() {
        long written = exercise("assess-the-campaign");
        SignedIn.as(instructor, Role.INSTRUCTOR);
        assertThat(regrade.keyOverview(written).regradable()).isFalse();
        assertThatThrownBy(() -> regrade.dryRun(written, Map.of("modelAnswer", Map.of("en", "x"))))
                .isInstanceOfSatisfying(RegradeRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RegradeRefusedException.Reason.NOT_GRADED_BY_KEY);
                    assertThat(e.getMessage()).contains("rubric");
                });
    }

    @Test
    void onlyInstructorsPreviewAndApplyRegrades() {
        long exercise = exercise("pick-the-doxing");
        GradedAttempt attempt = submit(ana, exercise, AllTypesPack.keyAnswer("choice"));
        Map<String, Object> key = Map.of("questions", Map.of());
        for (Role role : new Role[] {Role.LEARNER, Role.COHORT_MANAGER, Role.ADMIN}) {
            SignedIn.as(ben, role);
            assertThatThrownBy(() -> regrade.dryRun(exercise, key)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> regrade.apply(exercise, key, "t")).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> regrade.keyOverview(exercise)).isInstanceOf(AuthorizationDeniedException.class);
        }
        for (Role role : new Role[] {Role.COHORT_MANAGER, Role.ADMIN}) {
            SignedIn.as(ben, role);
            assertThatThrownBy(() -> regrade.history(attempt.attemptId()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(() -> regrade.dryRun(exercise, key)).isInstanceOf(RuntimeException.class);
    }

    private static Map<String, Object> labellingKey(String t1, String t2, String t3) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("items", List.of(Map.of("item", "t1", "label", t1), Map.of("item", "t2", "label", t2),
                Map.of("item", "t3", "label", t3)));
        return key;
    }

    private static void assertLine(RegradePreview preview, long attemptId, double oldScore, double newScore) {
        assertThat(preview.lines()).filteredOn(l -> l.attemptId() == attemptId).singleElement().satisfies(l -> {
            assertThat(l.oldScore()).as("old score of attempt " + attemptId).isCloseTo(oldScore, EXACT);
            assertThat(l.newScore()).as("new score of attempt " + attemptId).isCloseTo(newScore, EXACT);
            assertThat(l.oldKeyVersion()).isPositive();
        });
    }

    private GradedAttempt submit(String learner, long exerciseId, Map<String, Object> answer) {
        SignedIn.as(learner, Role.LEARNER);
        return grading.submit(exerciseId, answer, UUID.randomUUID().toString());
    }

    private double standingOf(String learner, long exerciseId) {
        SignedIn.as(learner, Role.LEARNER);
        return progress.myProgress().courses().stream().flatMap(c -> c.steps().stream())
                .filter(s -> s.id() == exerciseId).findFirst().orElseThrow().score();
    }

    private long exercise(String slug) {
        SignedIn.as(instructor, Role.INSTRUCTOR);
        return catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG)).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.slug().equals(slug)).findFirst()
                .map(CourseOutline.Step::id).orElseThrow();
    }
}
