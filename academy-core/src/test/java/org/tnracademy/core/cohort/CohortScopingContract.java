package org.tnracademy.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.analysis.CohortDashboardService;
import org.tnracademy.core.analysis.ItemAnalysisService;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.gradebook.CohortGradebookExport;
import org.tnracademy.core.gradebook.CohortGradebookService;
import org.tnracademy.core.gradebook.GradebookQuery;
import org.tnracademy.core.gradebook.GradebookRow;
import org.tnracademy.core.gradebook.GradebookService;
import org.tnracademy.core.grading.AttemptRecords;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.results.CourseResults;
import org.tnracademy.core.results.CourseResultsService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.transcript.TranscriptService;

/**
 * Each government's cohort manager sees and acts on their own cohorts only: manager A's cohort is
 * closed to manager B (cohort pages, global gradebook, course results, attempts) until A adds B as a
 * manager; administrators see everything, instructors keep reading analyses. Run on each database
 * the academy supports (see the subclasses): the scoping is done in SQL.
 */
abstract class CohortScopingContract {

    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CohortGradebookService cohortGradebook;
    @Autowired
    CohortGradebookExport export;
    @Autowired
    ItemAnalysisService items;
    @Autowired
    CohortDashboardService dashboards;
    @Autowired
    TranscriptService transcripts;
    @Autowired
    GradebookService gradebook;
    @Autowired
    CourseResultsService results;
    @Autowired
    AttemptRecords attempts;
    @Autowired
    AuditLog audit;

    CohortFixture a;
    String managerA;
    String managerB;
    String admin;
    String instructor;
    String adaOfA;
    String bobOfB;
    long cohortOfB;
    long labelThree;

    @BeforeEach
    void twoGovernmentsWithOneCohortEach() {
        a = new CohortFixture(cohorts, catalog, grading, provisioning);
        managerA = a.manager;
        adaOfA = a.learner("Ada Of A");
        labelThree = a.exercises.get("label-three");
        a.submit(adaOfA, "label-three", CohortFixture.perfect("label-three"));

        managerB = "cmb-" + a.tag;
        admin = "adm-" + a.tag;
        instructor = "ins-" + a.tag;
        bobOfB = "bob-of-b-" + a.tag;
        provisioning.ensure(managerB, "Manager B " + a.tag, "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        provisioning.ensure(admin, "Admin " + a.tag, "long-enough-pw", EnumSet.of(Role.ADMIN));
        provisioning.ensure(instructor, "Instructor " + a.tag, "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure(bobOfB, "Bob Of B " + a.tag, "long-enough-pw", EnumSet.of(Role.LEARNER));
        asB();
        cohortOfB = cohorts.create(new CohortDetails("Cohort B " + a.tag, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 7, 3), Set.of(a.courseId))).id();
        cohorts.enrol(cohortOfB, bobOfB);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theCreatorOfACohortIsItsManager() {
        SignedIn.as(managerA, Role.COHORT_MANAGER);

        assertThat(cohorts.managers(a.cohortId)).extracting(CohortManagerRow::username).containsExactly(managerA);
        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).contains(a.cohortId).doesNotContain(cohortOfB);
    }

    @Test
    void anotherManagerNeitherSeesNorActsOnTheCohort() {
        asB();
        long ada = a.idOf(adaOfA);

        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).contains(cohortOfB).doesNotContain(a.cohortId);
        refused(() -> cohorts.cohort(a.cohortId));
        refused(() -> cohortGradebook.page(a.cohortId, GradebookQuery.ALL, 0, 10));
        refused(() -> cohortGradebook.attempts(a.cohortId, ada, labelThree));
        refused(() -> items.analyse(a.cohortId, labelThree));
        refused(() -> dashboards.dashboard(a.cohortId));
        refused(() -> export.csv(a.cohortId, GradebookQuery.ALL, Locale.ENGLISH, null));
        refused(() -> export.xlsx(a.cohortId, GradebookQuery.ALL, Locale.ENGLISH, null));
        refused(() -> transcripts.pdf(a.cohortId, ada, Locale.ENGLISH, null));
        refused(() -> cohorts.enrol(a.cohortId, bobOfB));
        refused(() -> cohorts.remove(a.cohortId, ada));
        refused(() -> cohorts.members(a.cohortId, "", 0, 10));
        refused(() -> cohorts.move(ada, a.cohortId, cohortOfB));
        refused(() -> cohorts.managers(a.cohortId));
        refused(() -> cohorts.addManager(a.cohortId, managerB));
        refused(() -> cohorts.removeManager(a.cohortId, managerA));
        SignedIn.as(managerA, Role.COHORT_MANAGER);
        refused(() -> cohorts.move(a.idOf(adaOfA), a.cohortId, cohortOfB));
    }

    @Test
    void aCohortThatDoesNotExistAnswersNotFoundRatherThanRefused() {
        asB();

        assertThat(cohorts.cohort(-42)).isEmpty();
        assertThatThrownBy(() -> cohorts.enrol(-42, bobOfB)).isInstanceOf(CohortChangeRefusedException.class);
    }

    @Test
    void anotherManagersGlobalGradebookCourseResultsAndAttemptsLeaveOutTheCohortsLearners() {
        asB();

        assertThat(globalGradebookUsernames()).containsExactly(bobOfB);
        assertThat(gradebook.learnerCount()).isEqualTo(1);
        CourseResults course = results.of(a.courseId, 0, CourseResultsService.MAX_PAGE).orElseThrow();
        assertThat(course.learners()).extracting(CourseResults.LearnerResults::username).containsExactly(bobOfB);
        assertThat(course.totalLearners()).isEqualTo(1);
        assertThat(attempts.attemptsOf(a.idOf(adaOfA), labelThree)).isEmpty();
        assertThat(attempts.firstResults(labelThree, List.of(a.idOf(adaOfA)))).isEmpty();
        assertThat(attempts.timings(List.of(a.idOf(adaOfA)), List.of(labelThree))).isEmpty();

        SignedIn.as(managerA, Role.COHORT_MANAGER);
        assertThat(globalGradebookUsernames()).containsExactly(adaOfA);
        assertThat(attempts.attemptsOf(a.idOf(adaOfA), labelThree)).hasSize(1);
        assertThat(attempts.firstResults(labelThree, List.of(a.idOf(adaOfA)))).hasSize(1);
    }

    @Test
    void anAdministratorSeesEveryCohortAndEveryLearner() {
        SignedIn.as(admin, Role.ADMIN);

        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).contains(a.cohortId, cohortOfB);
        assertThat(cohortGradebook.page(a.cohortId, GradebookQuery.ALL, 0, 10).total()).isEqualTo(1);
        assertThat(globalGradebookUsernames()).contains(adaOfA, bobOfB);
        assertThat(attempts.attemptsOf(a.idOf(adaOfA), labelThree)).hasSize(1);
        assertThat(cohorts.members(a.cohortId, "", 0, 10)).extracting(CohortMemberRow::username)
                .containsExactly(adaOfA);
    }

    @Test
    void instructorsKeepReadingEveryCohortsAnalysesButNotItsGradebook() {
        SignedIn.as(instructor, Role.INSTRUCTOR);

        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).contains(a.cohortId, cohortOfB);
        assertThat(items.analyse(a.cohortId, labelThree).learners()).isEqualTo(1);
        assertThat(dashboards.dashboard(a.cohortId)).isNotNull();
        refused(() -> cohortGradebook.page(a.cohortId, GradebookQuery.ALL, 0, 10));
    }

    @Test
    void onceAddedAsManagerTheOtherManagerSeesAndActsUntilRemoved() {
        SignedIn.as(managerA, Role.COHORT_MANAGER);
        CohortManagerRow added = cohorts.addManager(a.cohortId, " " + managerB + " ");

        assertThat(added.username()).isEqualTo(managerB);
        assertThat(cohorts.managers(a.cohortId)).extracting(CohortManagerRow::username)
                .containsExactlyInAnyOrder(managerA, managerB);
        asB();
        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).contains(a.cohortId, cohortOfB);
        assertThat(cohortGradebook.page(a.cohortId, GradebookQuery.ALL, 0, 10).rows()).hasSize(1);
        assertThat(items.analyse(a.cohortId, labelThree).learners()).isEqualTo(1);
        assertThat(globalGradebookUsernames()).containsExactlyInAnyOrder(adaOfA, bobOfB);
        cohorts.move(a.idOf(adaOfA), a.cohortId, cohortOfB);
        assertThat(cohorts.isMember(cohortOfB, a.idOf(adaOfA))).isTrue();

        cohorts.removeManager(a.cohortId, managerA);
        assertThat(cohorts.managers(a.cohortId)).extracting(CohortManagerRow::username).containsExactly(managerB);
        SignedIn.as(managerA, Role.COHORT_MANAGER);
        assertThat(cohorts.cohorts()).extracting(CohortSummary::id).doesNotContain(a.cohortId);
        refused(() -> cohorts.members(a.cohortId, "", 0, 10));
        SignedIn.as(admin, Role.ADMIN);
        assertThat(audit.of(managerA)).extracting(AuditRecord::action).contains(AuditAction.COHORT_MANAGER_ADDED);
        assertThat(audit.of(managerB)).extracting(AuditRecord::action).contains(AuditAction.COHORT_MANAGER_REMOVED);
    }

    @Test
    void addingAManagerRefusesUnknownAccountsNonManagersAndManagersAlreadyThere() {
        SignedIn.as(managerA, Role.COHORT_MANAGER);

        assertThat(problem(() -> cohorts.addManager(a.cohortId, "  "))).isEqualTo(CohortProblem.Reason.REQUIRED);
        assertThat(problem(() -> cohorts.addManager(a.cohortId, "nobody-" + a.tag)))
                .isEqualTo(CohortProblem.Reason.UNKNOWN_ACCOUNT);
        assertThat(problem(() -> cohorts.addManager(a.cohortId, adaOfA)))
                .isEqualTo(CohortProblem.Reason.NOT_A_COHORT_MANAGER);
        assertThat(problem(() -> cohorts.addManager(a.cohortId, admin)))
                .isEqualTo(CohortProblem.Reason.NOT_A_COHORT_MANAGER);
        assertThat(problem(() -> cohorts.addManager(a.cohortId, managerA)))
                .isEqualTo(CohortProblem.Reason.ALREADY_MANAGER);
        assertThat(cohorts.managers(a.cohortId)).extracting(CohortManagerRow::username).containsExactly(managerA);
    }

    @Test
    void theLastManagerCannotBeRemovedNorSomeoneWhoIsNotAManager() {
        SignedIn.as(managerA, Role.COHORT_MANAGER);

        assertThat(problem(() -> cohorts.removeManager(a.cohortId, managerA)))
                .isEqualTo(CohortProblem.Reason.LAST_MANAGER);
        assertThat(problem(() -> cohorts.removeManager(a.cohortId, managerB)))
                .isEqualTo(CohortProblem.Reason.NOT_A_MANAGER);
        SignedIn.as(admin, Role.ADMIN);
        assertThat(problem(() -> cohorts.removeManager(a.cohortId, managerA)))
                .isEqualTo(CohortProblem.Reason.LAST_MANAGER);
        assertThat(cohorts.managers(a.cohortId)).extracting(CohortManagerRow::username).containsExactly(managerA);
    }

    private void asB() {
        SignedIn.as(managerB, Role.COHORT_MANAGER);
    }

    private List<String> globalGradebookUsernames() {
        List<String> out = new ArrayList<>();
        int total = gradebook.learnerCount();
        for (int offset = 0; offset < total; offset += 200) {
            gradebook.rows(offset, 200).stream().map(GradebookRow::username).forEach(out::add);
        }
        return out;
    }

    private static void refused(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static CohortProblem.Reason problem(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (CohortChangeRefusedException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().getFirst().reason();
        } catch (Throwable t) {
            throw new AssertionError("expected a refused cohort change, got " + t, t);
        }
        throw new AssertionError("expected a refused cohort change, but the call was made");
    }
}
