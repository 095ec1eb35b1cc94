package org.tnracademy.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.cohort.LearnersEnrolled;
import org.tnracademy.core.grading.InstructorGraded;
import org.tnracademy.core.grading.LearnerGradesReplaced;
import org.tnracademy.core.progress.CourseCompletion;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.core.support.OffsetPageable;
import org.tnracademy.exercises.LocalizedText;

/**
 * A learner's notifications: made from events in the transaction that caused them (a grade by an
 * instructor, a regrade, an enrolment), and "due soon" ones when the learner next looks (no
 * scheduler, so nothing runs twice across nodes; the unique key makes each once).
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** How close a cohort's due date must be for a "due soon" notification. */
    static final int DUE_SOON_DAYS = 7;
    private static final LocalizedTextConverter TEXTS = new LocalizedTextConverter();

    private final NotificationRepository notifications;
    private final AccountService accounts;
    private final ProgressService progress;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private final DueDateLooks looks;
    /** A due-date notice in a transaction of its own, so that losing a race to another node loses nothing else. */
    private final TransactionTemplate separately;
    /** Reads that end before a notice is written: a request never holds two connections at once. */
    private final TransactionTemplate reading;

    NotificationService(NotificationRepository notifications, AccountService accounts, ProgressService progress,
                        JdbcClient jdbc, DueDateLooks looks, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.progress = progress;
        this.jdbc = jdbc;
        this.looks = looks;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The caller's notifications, newest first, a page at a time. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<LearnerNotification> mine(int offset, int limit) {
        long me = accounts.currentId();
        noteDueDates(me);
        return reading.execute(status -> notifications.findByAccountIdOrderByCreatedAtDescIdDesc(me,
                OffsetPageable.of(offset, Math.clamp(limit, 1, 200))).stream().map(Notification::view).toList());
    }

    @PreAuthorize("hasRole('LEARNER')")
    public long countMine() {
        return notifications.countByAccountId(accounts.currentId());
    }

    /**
     * How many of the caller's notifications are unread, due dates near included. The header asks
     * on every navigation: one plain count on the account's index, outside any transaction, since
     * going through the entity manager and a read-only transaction cost three times the query
     * itself (docs/benchmarks.md).
     */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long unreadCount() {
        long me = accounts.currentId();
        noteDueDates(me);
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(me).query(Long.class).single();
    }

    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(accounts.currentId(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    @EventListener
    @Transactional
    void on(InstructorGraded graded) {
        exerciseTitle(graded.exerciseId()).ifPresent(title -> add(graded.learnerId(), NotificationKind.GRADE_ARRIVED,
                "grade:" + graded.attemptId(), title, "exercise", graded.exerciseId(), graded.score(), null));
    }

    @EventListener
    @Transactional
    void on(LearnerGradesReplaced replaced) {
        // one per regrade: a later regrade of the same exercise is news again
        exerciseTitle(replaced.exerciseId()).ifPresent(title -> add(replaced.learnerId(),
                NotificationKind.GRADE_CHANGED, "regrade:" + replaced.exerciseId() + ":" + Instant.now(clock),
                title, "exercise", replaced.exerciseId(), null, null));
    }

    @EventListener
    @Transactional
    void on(LearnersEnrolled enrolled) {
        List<CohortCourse> courses = jdbc.sql("""
                        select cc.course_id, c.title, co.ends_on from cohort_course cc
                        join course c on c.id = cc.course_id
                        join cohort co on co.id = cc.cohort_id
                        where cc.cohort_id = :cohort and c.published = true""")
                .param("cohort", enrolled.cohortId())
                .query((rs, n) -> new CohortCourse(enrolled.cohortId(), rs.getLong(1),
                        TEXTS.convertToEntityAttribute(rs.getString(2)), rs.getObject(3, LocalDate.class)))
                .list();
        for (long learner : enrolled.learnerIds()) {
            for (CohortCourse c : courses) {
                add(learner, NotificationKind.COURSE_ASSIGNED, "assigned:" + c.cohortId() + ":" + c.courseId(),
                        c.title(), "course", c.courseId(), null, c.dueOn());
            }
        }
    }

    /**
     * "Due soon" for each course of the learner's cohorts due within a week and not complete yet:
     * read in one transaction, then each new notice written in its own. Skipped when this node
     * looked for the learner a moment ago ({@link DueDateLooks}).
     */
    private void noteDueDates(long learnerId) {
        if (!looks.lookNow(learnerId)) {
            return;
        }
        try {
            List<CohortCourse> due = reading.execute(status -> dueSoonNotAnnounced(learnerId));
            due.forEach(c -> addDueSoon(learnerId, dueSoonKey(c), c));
        } catch (RuntimeException e) {
            looks.forget(learnerId);
            throw e;
        }
    }

    private List<CohortCourse> dueSoonNotAnnounced(long learnerId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<CohortCourse> due = jdbc.sql("""
                        select co.id, cc.course_id, c.title, co.ends_on from cohort_member m
                        join cohort co on co.id = m.cohort_id
                        join cohort_course cc on cc.cohort_id = co.id
                        join course c on c.id = cc.course_id
                        where m.learner_id = :learner and c.published = true
                          and co.ends_on >= :today and co.ends_on <= :horizon""")
                .param("learner", learnerId)
                .param("today", today)
                .param("horizon", today.plusDays(DUE_SOON_DAYS))
                .query((rs, n) -> new CohortCourse(rs.getLong(1), rs.getLong(2),
                        TEXTS.convertToEntityAttribute(rs.getString(3)), rs.getObject(4, LocalDate.class)))
                .list();
        return due.stream()
                .filter(c -> !notifications.existsByAccountIdAndDedupeKey(learnerId, dueSoonKey(c)))
                .filter(c -> !progress.myCompletion(c.courseId()).map(CourseCompletion::complete).orElse(true))
                .toList();
    }

    private static String dueSoonKey(CohortCourse c) {
        return "due:" + c.cohortId() + ":" + c.courseId() + ":" + c.dueOn();
    }

    /**
     * Made when the learner looks, so another node (or tab) may make the same notice at the same
     * moment: the unique key keeps one, and this request, which lost, goes on without it.
     */
    private void addDueSoon(long learnerId, String key, CohortCourse c) {
        try {
            separately.executeWithoutResult(status -> {
                if (!notifications.existsByAccountIdAndDedupeKey(learnerId, key)) {
                    notifications.saveAndFlush(new Notification(learnerId, NotificationKind.DUE_SOON, key, c.title(),
                            "course", c.courseId(), null, c.dueOn(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
                }
            });
        } catch (DataIntegrityViolationException madeByAnotherNode) {
            // the same notice, committed by the other request: one is what the key is for
        }
    }

    private void add(long learnerId, NotificationKind kind, String key, LocalizedText title, String targetKind,
                     Long targetId, Double score, LocalDate dueOn) {
        if (!notifications.existsByAccountIdAndDedupeKey(learnerId, key)) {
            notifications.save(new Notification(learnerId, kind, key, title, targetKind, targetId, score, dueOn,
                    Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        }
    }

    private Optional<LocalizedText> exerciseTitle(long exerciseId) {
        return jdbc.sql("select title from exercise where id = :id").param("id", exerciseId)
                .query((rs, n) -> TEXTS.convertToEntityAttribute(rs.getString(1))).optional();
    }

    private record CohortCourse(long cohortId, long courseId, LocalizedText title, LocalDate dueOn) {
    }
}
