package org.tnracademy.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.cohort.CourseDueDate;
import org.tnracademy.core.cohort.LearnerCohorts;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.review.ReviewService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** Learners are told when a grade arrives, a course is assigned and a due date is near; once each, only them. */
@SpringBootTest(classes = CoreTestApplication.class)
class NotificationsTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    LearnerCohorts learnerCohorts;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    ReviewService review;
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
    void enrolmentAssignsTheCohortsCoursesWithTheirDueDate() {
        String learner = f.learner("Nadia Synthetic");

        SignedIn.as(learner, Role.LEARNER);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        LearnerNotification assigned = notifications.mine(0, 50).getFirst();
        assertThat(assigned.kind()).isEqualTo(NotificationKind.COURSE_ASSIGNED);
        assertThat(assigned.target()).isEqualTo(LearnerNotification.Target.COURSE);
        assertThat(assigned.targetId()).isEqualTo(f.courseId);
        assertThat(assigned.dueOn()).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(assigned.read()).isFalse();
        assertThat(learnerCohorts.myDueDates()).containsExactly(
                new CourseDueDate(f.courseId, "Cohort " + f.tag, LocalDate.of(2026, 6, 26)));

        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(0, 50)).allMatch(LearnerNotification::read);

        SignedIn.as(f.learner("Another Synthetic"), Role.LEARNER);
        assertThat(notifications.mine(0, 50)).as("one's own, untouched by another's reading").singleElement()
                .satisfies(n -> assertThat(n.read()).isFalse());
    }

    @Test
    void anInstructorsGradeOfAWrittenAnalysisArrivesAsANotificationWithItsScore() {
        String learner = f.learner("Writer Synthetic");
        String instructor = "grader-" + f.tag;
        provisioning.ensure(instructor, "Grader", "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as(learner, Role.LEARNER);
        long written = f.exercises.entrySet().stream()
                .filter(e -> e.getKey().contains("written") || e.getKey().contains("assess"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        grading.start(written);
        GradedAttempt pending = grading.submit(written, AllTypesPack.keyAnswer("written-analysis"),
                UUID.randomUUID().toString());
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).as("a pending answer is no news").isZero();

        SignedIn.as(instructor, Role.INSTRUCTOR);
        review.grade(pending.attemptId(), Map.of("sourcing", 3, "safety", 2), "Good.");

        SignedIn.as(learner, Role.LEARNER);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        LearnerNotification grade = notifications.mine(0, 50).getFirst();
        assertThat(grade.kind()).isEqualTo(NotificationKind.GRADE_ARRIVED);
        assertThat(grade.target()).isEqualTo(LearnerNotification.Target.EXERCISE);
        assertThat(grade.targetId()).isEqualTo(written);
        assertThat(grade.score()).isEqualTo(5.0 / 6.0);
        assertThat(grade.title().in(Locale.ENGLISH)).isNotBlank();
    }

    @Test
    void aDueDateAWeekAwayOrLessOnAnIncompleteCourseIsAnnouncedOnce() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SignedIn.as(f.manager, Role.COHORT_MANAGER);
        long soon = cohorts.create(new CohortDetails("Soon " + f.tag, today.minusDays(20), today.plusDays(3),
                Set.of(f.courseId))).id();
        long later = cohorts.create(new CohortDetails("Later " + f.tag, today.minusDays(20), today.plusDays(30),
                Set.of(f.courseId))).id();
        String learner = f.learner("Due Synthetic");
        SignedIn.as(f.manager, Role.COHORT_MANAGER);
        cohorts.enrol(soon, learner);
        cohorts.enrol(later, learner);

        SignedIn.as(learner, Role.LEARNER);
        notifications.unreadCount();
        notifications.unreadCount();
        assertThat(notifications.mine(0, 50)).filteredOn(n -> n.kind() == NotificationKind.DUE_SOON)
                .singleElement().satisfies(n -> {
                    assertThat(n.dueOn()).isEqualTo(today.plusDays(3));
                    assertThat(n.targetId()).isEqualTo(f.courseId);
                });
        assertThat(learnerCohorts.myDueDates()).extracting(CourseDueDate::cohortName)
                .containsExactly("Cohort " + f.tag, "Soon " + f.tag, "Later " + f.tag);
    }

    @Test
    void aLearnerWhoLookedAMomentAgoIsToldOfACourseDueSoonAsSoonAsTheyAreEnrolled() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String learner = f.learner("Looked Synthetic");
        SignedIn.as(learner, Role.LEARNER);
        long before = notifications.unreadCount();
        f.alsoInCohortEndingIn(learner, 2);

        SignedIn.as(learner, Role.LEARNER);
        assertThat(notifications.unreadCount()).as("assigned and due soon").isEqualTo(before + 2);
        assertThat(notifications.mine(0, 50)).filteredOn(n -> n.kind() == NotificationKind.DUE_SOON)
                .singleElement().extracting(LearnerNotification::dueOn).isEqualTo(today.plusDays(2));
    }
}
