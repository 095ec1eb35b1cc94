package org.tnracademy.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.support.SignedIn;

/** Cohorts: creation rules, enrolment one by one and from CSV (all or nothing), move, remove, roles. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortServiceTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AuditLog audit;

    String tag;
    long courseId;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure("cm-" + tag, "Cohort Manager", "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        provisioning.ensure("admin-" + tag, "Admin", "long-enough-pw", EnumSet.of(Role.ADMIN));
        for (int i = 1; i <= 3; i++) {
            provisioning.ensure(learner(i), "Analyst " + i + " " + tag, "long-enough-pw", EnumSet.of(Role.LEARNER));
        }
        provisioning.ensure("instr-" + tag, "Instructor", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as("cm-" + tag, Role.COHORT_MANAGER);
        courseId = catalog.courses().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    String learner(int i) {
        return "an" + i + "-" + tag;
    }

    CohortSummary newCohort(String name) {
        return cohorts.create(new CohortDetails(name, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27),
                Set.of(courseId)));
    }

    @Test
    void createsACohortWithDatesAndCoursesAndAuditsIt() {
        CohortSummary c = newCohort("Spring " + tag);

        assertThat(cohorts.cohort(c.id())).contains(c);
        assertThat(c.courseIds()).containsExactly(courseId);
        assertThat(c.memberCount()).isZero();
        SignedIn.as("admin-" + tag, Role.ADMIN);
        assertThat(audit.of("cm-" + tag)).extracting(AuditRecord::action).contains(AuditAction.COHORT_CREATED);
    }

    @Test
    void refusesABadCohortNamingEveryProblem() {
        newCohort("Taken " + tag);

        assertThatThrownBy(() -> cohorts.create(new CohortDetails("taken " + tag, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), Set.of(999_999L))))
                .isInstanceOfSatisfying(CohortChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(CohortProblem::field, CohortProblem::reason)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("name", CohortProblem.Reason.NAME_TAKEN),
                                org.assertj.core.groups.Tuple.tuple("endsOn", CohortProblem.Reason.ENDS_BEFORE_START),
                                org.assertj.core.groups.Tuple.tuple("courses", CohortProblem.Reason.UNKNOWN_COURSE)));
        assertThatThrownBy(() -> cohorts.create(new CohortDetails(" ", null, null, Set.of())))
                .isInstanceOfSatisfying(CohortChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(CohortProblem::reason)
                        .containsExactlyInAnyOrder(CohortProblem.Reason.REQUIRED, CohortProblem.Reason.REQUIRED,
                                CohortProblem.Reason.REQUIRED, CohortProblem.Reason.NO_COURSE));
    }

    @Test
    void enrolsOneLearnerAndRefusesNonLearnersAndRepeats() {
        CohortSummary c = newCohort("One by one " + tag);

        CohortMemberRow row = cohorts.enrol(c.id(), learner(1));

        assertThat(row.username()).isEqualTo(learner(1));
        assertThat(cohorts.members(c.id(), "", 0, 10)).extracting(CohortMemberRow::username)
                .containsExactly(learner(1));
        assertThat(reasons(() -> cohorts.enrol(c.id(), learner(1))))
                .containsExactly(CohortProblem.Reason.ALREADY_ENROLLED);
        assertThat(reasons(() -> cohorts.enrol(c.id(), "instr-" + tag)))
                .containsExactly(CohortProblem.Reason.NOT_A_LEARNER);
        assertThat(reasons(() -> cohorts.enrol(c.id(), "nobody-" + tag)))
                .containsExactly(CohortProblem.Reason.UNKNOWN_ACCOUNT);
    }

    @Test
    void csvEnrolmentWithBadRowsReportsEachRowAndEnrolsNobody() {
        CohortSummary c = newCohort("CSV bad " + tag);
        cohorts.enrol(c.id(), learner(3));
        String csv = "username\n" + learner(1) + "\nnobody-" + tag + "\n\"\"\n" + learner(1) + "\ninstr-" + tag
                + "\n" + learner(3) + "\n";

        assertThatThrownBy(() -> cohorts.enrolFromCsv(c.id(), csv))
                .isInstanceOfSatisfying(CohortChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(CohortProblem::row, CohortProblem::reason)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, CohortProblem.Reason.UNKNOWN_ACCOUNT),
                                org.assertj.core.groups.Tuple.tuple(4, CohortProblem.Reason.REQUIRED),
                                org.assertj.core.groups.Tuple.tuple(5, CohortProblem.Reason.DUPLICATE_IN_FILE),
                                org.assertj.core.groups.Tuple.tuple(6, CohortProblem.Reason.NOT_A_LEARNER),
                                org.assertj.core.groups.Tuple.tuple(7, CohortProblem.Reason.ALREADY_ENROLLED)));
        // nothing half-imported: learner 1, on a good row, was not enrolled
        assertThat(cohorts.members(c.id(), "", 0, 10)).extracting(CohortMemberRow::username)
                .containsExactly(learner(3));
    }

    @Test
    void csvEnrolmentWithoutTheColumnOrRowsIsRefused() {
        CohortSummary c = newCohort("CSV shape " + tag);

        assertThat(reasons(() -> cohorts.enrolFromCsv(c.id(), "login\n" + learner(1) + "\n")))
                .containsExactly(CohortProblem.Reason.MISSING_COLUMN);
        assertThat(reasons(() -> cohorts.enrolFromCsv(c.id(), "username\n")))
                .containsExactly(CohortProblem.Reason.EMPTY_FILE);
    }

    @Test
    void csvEnrolmentOfGoodRowsEnrolsThemAll() {
        CohortSummary c = newCohort("CSV good " + tag);

        int enrolled = cohorts.enrolFromCsv(c.id(), "Username\n" + learner(1) + "\n" + learner(2) + "\n");

        assertThat(enrolled).isEqualTo(2);
        assertThat(cohorts.memberCount(c.id(), "")).isEqualTo(2);
        assertThat(cohorts.memberCount(c.id(), "AN2-")).isEqualTo(1);
        assertThat(cohorts.cohort(c.id()).orElseThrow().memberCount()).isEqualTo(2);
    }

    @Test
    void movesAndRemovesLearnersAndAuditsBoth() {
        CohortSummary a = newCohort("Move A " + tag);
        CohortSummary b = newCohort("Move B " + tag);
        long id = cohorts.enrol(a.id(), learner(1)).learnerId();

        cohorts.move(id, a.id(), b.id());

        assertThat(cohorts.memberCount(a.id(), "")).isZero();
        assertThat(cohorts.members(b.id(), "", 0, 5)).extracting(CohortMemberRow::learnerId).containsExactly(id);
        assertThat(reasons(() -> cohorts.move(id, a.id(), b.id()))).containsExactly(CohortProblem.Reason.NOT_ENROLLED);
        assertThat(reasons(() -> cohorts.move(id, b.id(), b.id()))).containsExactly(CohortProblem.Reason.SAME_COHORT);

        cohorts.remove(b.id(), id);

        assertThat(cohorts.memberCount(b.id(), "")).isZero();
        assertThat(reasons(() -> cohorts.remove(b.id(), id))).containsExactly(CohortProblem.Reason.NOT_ENROLLED);
        SignedIn.as("admin-" + tag, Role.ADMIN);
        assertThat(audit.of("cm-" + tag)).extracting(AuditRecord::action)
                .contains(AuditAction.COHORT_LEARNER_MOVED, AuditAction.COHORT_LEARNER_REMOVED);
    }

    @Test
    void theMemberFilterTakesLikeWildcardsLiterally() {
        CohortSummary c = newCohort("Wildcards " + tag);
        cohorts.enrol(c.id(), learner(1));

        assertThat(cohorts.memberCount(c.id(), "%")).isZero();
        assertThat(cohorts.memberCount(c.id(), "_")).isZero();
        assertThat(cohorts.memberCount(c.id(), "analyst 1")).isEqualTo(1);
    }

    @Test
    void learnersAndInstructorsCannotManageCohorts() {
        CohortSummary c = newCohort("Roles " + tag);

        SignedIn.as(learner(1), Role.LEARNER);
        assertThatThrownBy(cohorts::cohorts).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> cohorts.enrol(c.id(), learner(1))).isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.as("instr-" + tag, Role.INSTRUCTOR);
        assertThatThrownBy(() -> newCohort("Nope " + tag)).isInstanceOf(AuthorizationDeniedException.class);

        SignedIn.as("admin-" + tag, Role.ADMIN);
        assertThat(cohorts.cohorts()).extracting(CohortSummary::name).contains("Roles " + tag);
    }

    private static List<CohortProblem.Reason> reasons(Runnable change) {
        try {
            change.run();
        } catch (CohortChangeRefusedException e) {
            return e.problems().stream().map(CohortProblem::reason).toList();
        }
        throw new AssertionError("the change was not refused");
    }
}
