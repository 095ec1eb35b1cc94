package org.tnracademy.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.labelling.LabellingResult;

/**
 * The cohort gradebook's query, run against each database the academy supports (see the
 * subclasses): cells, filters, orders and paging done by the database.
 */
abstract class CohortGradebookContract {

    @Autowired
    CohortGradebookService gradebook;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    CohortFixture f;
    String ada;
    String bea;
    String cyd;

    @BeforeEach
    void cohortWithThreeLearners() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
        ada = f.learner("Ada Strong");
        bea = f.learner("Bea Middle");
        cyd = f.learner("Cyd Idle");
        for (String slug : List.of("pick-the-doxing", "label-three", "find-the-network", "match-implant-logs")) {
            f.submit(ada, slug, CohortFixture.perfect(slug));
        }
        f.submit(bea, "label-three", CohortFixture.partial("label-three"));
        f.submit(bea, "label-three", CohortFixture.perfect("label-three"));
        f.submit(bea, "assess-the-campaign", CohortFixture.perfect("assess-the-campaign"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void cellsCarryScoreAttemptsTimeAndStatus() {
        GradebookPage page = gradebook.page(f.cohortId, GradebookQuery.ALL, 0, 10);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.columns()).extracting(CohortExercise::exerciseId).containsAll(f.exercises.values());
        assertThat(page.rows()).extracting(CohortGradebookRow::username).containsExactly(ada, bea, cyd);
        CohortGradebookRow b = page.rows().get(1);
        CohortGradebookRow.Cell labelled = b.cell(f.exercises.get("label-three"));
        assertThat(labelled.status()).isEqualTo(CellStatus.GRADED);
        assertThat(labelled.attempts()).isEqualTo(2);
        assertThat(labelled.score()).isEqualTo(1.0);
        assertThat(labelled.timeSpent()).isGreaterThanOrEqualTo(java.time.Duration.ZERO).isLessThan(java.time.Duration.ofMinutes(5));
        CohortGradebookRow.Cell written = b.cell(f.exercises.get("assess-the-campaign"));
        assertThat(written.status()).isEqualTo(CellStatus.AWAITING_REVIEW);
        assertThat(written.score()).isNull();
        assertThat(written.attempts()).isEqualTo(1);
        assertThat(page.rows().get(2).cells()).isEmpty();
        assertThat(page.rows().get(2).cell(f.exercises.get("label-three")).status())
                .isEqualTo(CellStatus.NOT_STARTED);
        int n = page.columns().size();
        assertThat(page.rows().get(0).overall()).isCloseTo(4.0 / n, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(page.rows().get(0).completed()).isEqualTo(4);
    }

    @Test
    void filtersByStatusAndTextInTheDatabase() {
        List<CohortExercise> columns = gradebook.columns(f.cohortId);

        assertThat(usernames(columns, GradebookQuery.ALL.withStatus(LearnerStatus.NOT_STARTED))).containsExactly(cyd);
        assertThat(usernames(columns, GradebookQuery.ALL.withStatus(LearnerStatus.AWAITING_REVIEW)))
                .containsExactly(bea);
        assertThat(usernames(columns, GradebookQuery.ALL.withStatus(LearnerStatus.IN_PROGRESS)))
                .containsExactly(ada, bea);
        assertThat(usernames(columns, GradebookQuery.ALL.withStatus(LearnerStatus.COMPLETE))).isEmpty();
        assertThat(usernames(columns, GradebookQuery.ALL.withText("STRONG"))).containsExactly(ada);
        assertThat(gradebook.count(f.cohortId, columns, GradebookQuery.ALL.withText("idle"))).isEqualTo(1);
    }

    @Test
    void ordersByOverallAndByOneExerciseWithTheUnscoredLast() {
        List<CohortExercise> columns = gradebook.columns(f.cohortId);
        long network = f.exercises.get("find-the-network");

        assertThat(usernames(columns, GradebookQuery.ALL.orderedBy(GradebookSort.OVERALL, null, true)))
                .containsExactly(ada, bea, cyd);
        assertThat(usernames(columns, GradebookQuery.ALL.orderedBy(GradebookSort.OVERALL, null, false)))
                .containsExactly(cyd, bea, ada);
        assertThat(usernames(columns, GradebookQuery.ALL.orderedBy(GradebookSort.EXERCISE, network, false)))
                .containsExactly(ada, bea, cyd);
        assertThat(usernames(columns, GradebookQuery.ALL.orderedBy(GradebookSort.USERNAME, null, true)))
                .containsExactly(cyd, bea, ada);
    }

    @Test
    void pagesByOffsetAndLimit() {
        List<CohortExercise> columns = gradebook.columns(f.cohortId);

        assertThat(gradebook.rows(f.cohortId, columns, GradebookQuery.ALL, 1, 1))
                .extracting(CohortGradebookRow::username).containsExactly(bea);
        assertThat(gradebook.rows(f.cohortId, columns, GradebookQuery.ALL, 3, 5)).isEmpty();
    }

    @Test
    void opensOneLearnersAttemptsWithTheFeedbackTheySaw() {
        List<GradedAttempt> attempts = gradebook.attempts(f.cohortId, f.idOf(bea), f.exercises.get("label-three"));

        assertThat(attempts).extracting(GradedAttempt::attemptNumber).containsExactly(2, 1);
        LabellingResult first = attempts.get(1).result(LabellingResult.class);
        assertThat(first.items()).anyMatch(i -> !i.correct());
        assertThat(attempts.get(0).result(LabellingResult.class).correctCount()).isEqualTo(3);
    }

    @Test
    void refusesAttemptsOfSomeoneOutsideTheCohortAndRefusesLearners() {
        CohortFixture other = new CohortFixture(cohorts, catalog, grading, provisioning);
        String outsider = other.learner("Out Sider");

        SignedIn.as(f.manager, Role.COHORT_MANAGER);
        assertThatThrownBy(() -> gradebook.attempts(f.cohortId, other.idOf(outsider), f.exercises.get("label-three")))
                .isInstanceOf(CohortChangeRefusedException.class);
        SignedIn.as(ada, Role.LEARNER);
        assertThatThrownBy(() -> gradebook.page(f.cohortId, GradebookQuery.ALL, 0, 10))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.as(ada, Role.INSTRUCTOR);
        assertThatThrownBy(() -> gradebook.columns(f.cohortId)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private List<String> usernames(List<CohortExercise> columns, GradebookQuery query) {
        return gradebook.rows(f.cohortId, columns, query, 0, 50).stream().map(CohortGradebookRow::username).toList();
    }
}
