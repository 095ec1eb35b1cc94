package org.tnracademy.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tnracademy.core.cohort.LearnersEnrolled;

/**
 * When this node last looked for a learner's near due dates. The bell asks on every navigation,
 * and the answer only changes with the day, an enrolment or a cohort's dates: looking again within
 * {@link #AGAIN_AFTER} on the same day finds nothing new, so it is skipped. An enrolment here makes
 * the next look immediate; a due date a manager moves, or an enrolment on another node, is noticed
 * within {@link #AGAIN_AFTER} at the latest, days before it falls due.
 */
@Component
class DueDateLooks {

    static final Duration AGAIN_AFTER = Duration.ofMinutes(5);
    /** Above this many learners, looks older than {@link #AGAIN_AFTER} are dropped: they would be taken again anyway. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<Long, Instant> lastLook = new ConcurrentHashMap<>();
    private final Clock clock;
    /** When old looks were last dropped: at most once per {@link #AGAIN_AFTER}, never a scan per look. */
    private volatile Instant tidiedAt = Instant.MIN;

    DueDateLooks() {
        this(Clock.systemUTC());
    }

    DueDateLooks(Clock clock) {
        this.clock = clock;
    }

    /** Whether to look for this learner now; if so, the look is counted as taken. */
    boolean lookNow(long learnerId) {
        Instant now = clock.instant();
        boolean[] look = {false};
        lastLook.compute(learnerId, (id, last) -> {
            look[0] = last == null || !last.plus(AGAIN_AFTER).isAfter(now) || !sameDay(last, now);
            return look[0] ? now : last;
        });
        if (look[0] && lastLook.size() > TIDY_ABOVE && !tidiedAt.plus(AGAIN_AFTER).isAfter(now)) {
            tidiedAt = now;
            lastLook.values().removeIf(last -> !last.plus(AGAIN_AFTER).isAfter(now));
        }
        return look[0];
    }

    /** The look failed (its transaction rolled back): the next one must not be skipped. */
    void forget(long learnerId) {
        lastLook.remove(learnerId);
    }

    /** Learners just enrolled may have a course due soon: their next look is taken. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(LearnersEnrolled enrolled) {
        enrolled.learnerIds().forEach(lastLook::remove);
    }

    private static boolean sameDay(Instant a, Instant b) {
        return a.atZone(ZoneOffset.UTC).toLocalDate().equals(b.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
