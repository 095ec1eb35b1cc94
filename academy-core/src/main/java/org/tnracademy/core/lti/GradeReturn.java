package org.tnracademy.core.lti;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tnracademy.core.grading.LearnerGradesReplaced;
import org.tnracademy.core.grading.SubmissionGraded;

/**
 * Assignment and Grade Services: a learner's score on an exercise launched from an LMS goes back to
 * the launch's line item, after grading and after a regrade. A transactional outbox: the grading
 * transaction writes a row (so a score is never lost to a crash or a platform that is down); after
 * the commit, and every {@code academy.lti.grade-return.interval} (default 30 s), a thread of its
 * own sends what is due, off the request thread. A failed send is tried again later, waiting 1, 2,
 * 4 ... minutes (at most 6 hours), its last error kept. What is sent is the learner's standing on
 * the exercise at the time of sending (the scoring policy's, as the gradebook shows it), so a late
 * send never overwrites a newer score with an older one. Several nodes share the outbox: a node
 * claims a row by moving its next try forward in one conditional update.
 */
@Component
class GradeReturn {

    private static final Logger LOG = LoggerFactory.getLogger(GradeReturn.class);
    private static final int BATCH = 50;
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration MAX_WAIT = Duration.ofHours(6);
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    private final JdbcClient jdbc;
    private final LtiPlatforms platforms;
    private final PlatformTokens tokens;
    private final Duration interval;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("lti-grade-return").daemon().factory());

    GradeReturn(JdbcClient jdbc, LtiPlatforms platforms, PlatformTokens tokens,
                @Value("${academy.lti.grade-return.interval:PT30S}") Duration interval) {
        this.jdbc = jdbc;
        this.platforms = platforms;
        this.tokens = tokens;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sender.scheduleWithFixedDelay(this::sendDueQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    @EventListener
    @Transactional
    void on(SubmissionGraded graded) {
        enqueue(graded.learnerId(), graded.exerciseId());
    }

    @EventListener
    @Transactional
    void on(LearnerGradesReplaced replaced) {
        enqueue(replaced.learnerId(), replaced.exerciseId());
    }

    private void enqueue(long learnerId, long exerciseId) {
        List<Long> lineItems = jdbc.sql("select id from lti_line_item where learner_id = :l and exercise_id = :e")
                .param("l", learnerId).param("e", exerciseId).query(Long.class).list();
        if (lineItems.isEmpty()) {
            return;
        }
        OffsetDateTime now = LtiPlatforms.now();
        for (long lineItem : lineItems) {
            jdbc.sql("""
                            insert into lti_score_outbox (line_item_id, graded_at, tries, next_try_at)
                            values (:li, :now, 0, :now)""")
                    .param("li", lineItem).param("now", now).update();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.execute(GradeReturn.this::sendDueQuietly);
                }
            });
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("LTI grade return stopped for this round: {}", e.toString());
        }
    }

    /** Sends every score that is due now. @return how many were sent */
    int sendDue() {
        OffsetDateTime now = LtiPlatforms.now();
        List<Due> due = jdbc.sql("""
                        select o.id, o.next_try_at, o.tries, l.platform_id, l.learner_id, l.exercise_id, l.lms_user_id,
                               l.line_item_url
                        from lti_score_outbox o join lti_line_item l on l.id = o.line_item_id
                        where o.sent_at is null and o.next_try_at <= :now order by o.next_try_at, o.id""")
                .param("now", now)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getString(8)))
                .list().stream().limit(BATCH).toList();
        int sent = 0;
        for (Due row : due) {
            if (claim(row, now)) {
                sent += send(row) ? 1 : 0;
            }
        }
        return sent;
    }

    private record Due(long id, OffsetDateTime nextTry, int tries, long platformId, long learnerId, long exerciseId,
                       String lmsUserId, String lineItemUrl) {
    }

    private boolean claim(Due row, OffsetDateTime now) {
        return jdbc.sql("""
                        update lti_score_outbox set next_try_at = :claim
                        where id = :id and next_try_at = :seen and sent_at is null""")
                .param("claim", now.plus(CLAIM)).param("id", row.id()).param("seen", row.nextTry()).update() == 1;
    }

    private boolean send(Due row) {
        double score = jdbc.sql("select score from exercise_progress where learner_id = :l and exercise_id = :e")
                .param("l", row.learnerId()).param("e", row.exerciseId()).query(Double.class).optional().orElse(0.0);
        try {
            LtiPlatform platform = platforms.byId(row.platformId())
                    .orElseThrow(() -> new PlatformTokens.PlatformCallException("platform removed"));
            String token = tokens.token(platform, LtiClaims.SCOPE_SCORE);
            PlatformTokens.PlatformCallException.send(http, HttpRequest.newBuilder(scoresUrl(row.lineItemUrl()))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", SCORE_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(scoreJson(row.lmsUserId(), score))).build());
            jdbc.sql("update lti_score_outbox set sent_at = :now, score = :score, tries = tries + 1, last_error = null "
                            + "where id = :id")
                    .param("now", LtiPlatforms.now()).param("score", score).param("id", row.id()).update();
            return true;
        } catch (RuntimeException e) {
            int tries = row.tries() + 1;
            Duration wait = Duration.ofMinutes(1L << Math.min(tries - 1, 9));
            wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbc.sql("update lti_score_outbox set tries = :tries, next_try_at = :next, last_error = :error where id = :id")
                    .param("tries", tries).param("next", LtiPlatforms.now().plus(wait))
                    .param("error", error.length() > 500 ? error.substring(0, 500) : error).param("id", row.id())
                    .update();
            LOG.info("LTI score for line item {} not sent (try {}), next in {}: {}", row.lineItemUrl(), tries, wait,
                    error);
            return false;
        }
    }

    /** The line item's scores address: its path with {@code /scores} appended, its query kept. */
    static URI scoresUrl(String lineItem) {
        URI uri = URI.create(lineItem);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + scores
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    static String scoreJson(String userId, double score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", userId);
        json.put("scoreGiven", Math.round(Math.max(0, Math.min(1, score)) * 10000) / 100.0);
        json.put("scoreMaximum", 100);
        json.put("activityProgress", "Completed");
        json.put("gradingProgress", "FullyGraded");
        json.put("timestamp", Instant.now().atOffset(ZoneOffset.UTC).toString());
        return JSONObjectUtils.toJSONString(json);
    }
}
